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

/** Adding a person's identity documents; numbers are encrypted with a lookup hash, as at registration. */
@Service
public class IdentityDocuments {

    /** The document types the registry knows, in the order forms offer them. */
    public static final List<String> TYPES = List.of("PASSPORT", "ID_CARD", "FOREIGN_PASSPORT",
            "BIRTH_CERTIFICATE", "RESIDENCE_PERMIT", "TRAVEL_DOCUMENT", "OTHER");

    private final PersonRecords records;
    private final JdbcClient jdbc;
    private final SensitiveData sensitive;
    private final ApplicationEventPublisher events;

    IdentityDocuments(PersonRecords records, JdbcClient jdbc, SensitiveData sensitive,
            ApplicationEventPublisher events) {
        this.records = records;
        this.jdbc = jdbc;
        this.sensitive = sensitive;
        this.events = events;
    }

    /** A document as entered; country as ISO 3166 alpha-2. */
    public record NewDocument(String type, String number, String issuingCountry, LocalDate issuedOn,
            LocalDate expiresOn) {
    }

    @Transactional
    public void add(PersonId person, NewDocument document) {
        if (!TYPES.contains(document.type())) {
            throw new DomainException("person.documentType.invalid");
        }
        if (document.issuedOn() != null && document.expiresOn() != null
                && !document.expiresOn().isAfter(document.issuedOn())) {
            throw new DomainException("person.document.expiresBeforeIssue");
        }
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
    }
}
