package org.safar.people.registry;

import java.time.LocalDate;
import java.util.List;

import org.safar.people.PersonDetailsChanged;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.platform.security.SensitiveData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's identity documents: adding, correcting and removing them. Numbers are encrypted with a lookup hash,
 * as at registration.
 */
@Service
public class IdentityDocuments {

    /** The document types the registry knows, in the order forms offer them. */
    public static final List<String> TYPES = List.of("PASSPORT", "ID_CARD", "FOREIGN_PASSPORT",
            "BIRTH_CERTIFICATE", "RESIDENCE_PERMIT", "TRAVEL_DOCUMENT", "OTHER");

    private final PersonRecords records;
    private final JdbcClient jdbc;
    private final SensitiveData sensitive;
    private final ApplicationEventPublisher events;
    private final PersonRegistry registry;

    IdentityDocuments(PersonRecords records, JdbcClient jdbc, SensitiveData sensitive,
            ApplicationEventPublisher events, PersonRegistry registry) {
        this.registry = registry;
        this.records = records;
        this.jdbc = jdbc;
        this.sensitive = sensitive;
        this.events = events;
    }

    /** A document as entered; country as ISO 3166 alpha-2. */
    public record NewDocument(String type, String number, String issuingCountry, LocalDate issuedOn,
            LocalDate expiresOn) {
    }

    /**
     * Adds a document; the person is then matched against the registry again, the document being one of the
     * facts compared. Returns the people whose pair with this one now waits for review.
     */
    @Transactional
    public List<PersonId> add(PersonId person, NewDocument document) {
        refuseInvalid(document);
        records.live(person);
        jdbc.sql("""
                insert into identity_document (person_id, type, number, number_hash, issuing_country, issued_on,
                    expires_on) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(person.value(), document.type(), sensitive.encrypt(document.number()),
                        sensitive.lookupHash(Registration.normaliseDocumentNumber(document.number())),
                        document.issuingCountry(), document.issuedOn(), document.expiresOn())
                .update();
        events.publishEvent(new PersonDetailsChanged(person, "DOCUMENT",
                document.type() + " issued by " + document.issuingCountry() + " added"));
        return registry.matchAgain(person);
    }

    /** One of the person's documents, decrypted; not found when it belongs to someone else. */
    public PersonRecords.Document of(PersonId person, long documentId) {
        return records.documents(person.value()).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(DomainException::notFound);
    }

    /**
     * Corrects a document typed wrong: type, number, issuing country and dates, checked as when it was added. The
     * lookup hash follows the number, so the person is found by the corrected one and no longer by the old one, and
     * is matched against the registry again. Returns the people whose pair with this one now waits for review.
     */
    @Transactional
    public List<PersonId> correct(PersonId person, long documentId, NewDocument document) {
        refuseInvalid(document);
        records.live(person);
        int changed = jdbc.sql("""
                update identity_document set type = ?, number = ?, number_hash = ?, issuing_country = ?,
                    issued_on = ?, expires_on = ? where id = ? and person_id = ?""")
                .params(document.type(), sensitive.encrypt(document.number()),
                        sensitive.lookupHash(Registration.normaliseDocumentNumber(document.number())),
                        document.issuingCountry(), document.issuedOn(), document.expiresOn(), documentId,
                        person.value())
                .update();
        if (changed == 0) {
            throw DomainException.notFound();
        }
        events.publishEvent(new PersonDetailsChanged(person, "DOCUMENT",
                document.type() + " issued by " + document.issuingCountry() + " corrected"));
        return registry.matchAgain(person);
    }

    /** Removes a document entered by mistake, or one that belongs to someone else. */
    @Transactional
    public void remove(PersonId person, long documentId) {
        records.live(person);
        String removed = jdbc.sql("""
                delete from identity_document where id = ? and person_id = ?
                returning type || ' issued by ' || issuing_country""")
                .params(documentId, person.value()).query(String.class).optional()
                .orElseThrow(DomainException::notFound);
        events.publishEvent(new PersonDetailsChanged(person, "DOCUMENT", removed + " removed"));
    }

    private static void refuseInvalid(NewDocument document) {
        if (!TYPES.contains(document.type())) {
            throw new DomainException("person.documentType.invalid");
        }
        if (document.issuedOn() != null && document.expiresOn() != null
                && !document.expiresOn().isAfter(document.issuedOn())) {
            throw new DomainException("person.document.expiresBeforeIssue");
        }
    }
}
