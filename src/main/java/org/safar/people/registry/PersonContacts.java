package org.safar.people.registry;

import org.safar.people.PersonDetailsChanged;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.platform.security.SensitiveData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's phones, messengers and e-mail addresses. Values are encrypted; a keyed hash of the normalised value
 * lets the registry find a person by a phone without storing it in clear. The audit trail names the kind, never
 * the value.
 */
@Service
public class PersonContacts {

    private final PersonRecords records;
    private final JdbcClient jdbc;
    private final SensitiveData sensitive;
    private final ApplicationEventPublisher events;

    PersonContacts(PersonRecords records, JdbcClient jdbc, SensitiveData sensitive,
            ApplicationEventPublisher events) {
        this.records = records;
        this.jdbc = jdbc;
        this.sensitive = sensitive;
        this.events = events;
    }

    /** The lookup hash of a contact value, equal for every way of writing the same phone or name. */
    public String lookupHash(ContactKind kind, String value) {
        return sensitive.lookupHash(kind.normalise(value));
    }

    @Transactional
    public void add(PersonId person, ContactKind kind, String value) {
        if (!kind.accepts(value)) {
            throw new DomainException("person.contact.invalid." + kind);
        }
        records.live(person);
        jdbc.sql("insert into person_contact (person_id, kind, value, value_hash) values (?, ?, ?, ?)")
                .params(person.value(), kind.name(), sensitive.encrypt(value.strip()), lookupHash(kind, value))
                .update();
        events.publishEvent(new PersonDetailsChanged(person, "CONTACT", kind + " added"));
    }

    @Transactional
    public void remove(PersonId person, long contactId) {
        String kind = jdbc.sql("delete from person_contact where id = ? and person_id = ? returning kind")
                .params(contactId, person.value()).query(String.class).optional()
                .orElseThrow(DomainException::notFound);
        events.publishEvent(new PersonDetailsChanged(person, "CONTACT", kind + " removed"));
    }
}
