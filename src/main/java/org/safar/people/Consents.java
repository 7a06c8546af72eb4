package org.safar.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safar.people.registry.PersonRecords;
import org.safar.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person agreed to or refused, and when. A consent is withdrawn, never deleted, so the record shows what
 * was allowed at any time. Other modules ask {@link #hasValidConsent} before acting on a person's behalf.
 */
@Service
public class Consents {

    private final PersonRecords records;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consents(PersonRecords records, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One answer of the person, as recorded. */
    public record Consent(long id, ConsentPurpose purpose, boolean given, LocalDate recordedOn, String recordedBy,
            LocalDate withdrawnOn) {

        /** Given and not withdrawn. */
        public boolean valid() {
            return given && withdrawnOn == null;
        }
    }

    /** True when the person's latest answer for this purpose was yes and has not been withdrawn. */
    public boolean hasValidConsent(PersonId person, ConsentPurpose purpose) {
        return jdbc.sql("""
                select given and withdrawn_on is null from consent where person_id = ? and purpose = ?
                order by recorded_on desc, id desc limit 1""").params(person.value(), purpose.name())
                .query(Boolean.class).optional().orElse(false);
    }

    public List<Consent> of(PersonId person) {
        return jdbc.sql("""
                select id, purpose, given, recorded_on, recorded_by, withdrawn_on from consent where person_id = ?
                order by recorded_on desc, id desc""").param(person.value())
                .query((rs, n) -> new Consent(rs.getLong(1), ConsentPurpose.valueOf(rs.getString(2)),
                        rs.getBoolean(3), rs.getDate(4).toLocalDate(), rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
                .list();
    }

    @Transactional
    public void record(PersonId person, ConsentPurpose purpose, boolean given, LocalDate on, String recordedBy) {
        records.live(person);
        if (on == null) {
            throw new DomainException("person.consent.dateRequired");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("person.consent.dateInFuture");
        }
        jdbc.sql("""
                insert into consent (person_id, purpose, given, recorded_on, recorded_by) values (?, ?, ?, ?, ?)""")
                .params(person.value(), purpose.name(), given, on, recordedBy).update();
        events.publishEvent(new PersonDetailsChanged(person, "CONSENT",
                purpose + (given ? " given on " : " refused on ") + on));
    }

    /** Withdraws a consent that was given and is still valid; refuses anything else. */
    @Transactional
    public void withdraw(PersonId person, long consentId) {
        LocalDate today = LocalDate.now(clock);
        List<String> purpose = jdbc.sql("""
                update consent set withdrawn_on = ? where id = ? and person_id = ? and given
                and withdrawn_on is null returning purpose""").params(today, consentId, person.value())
                .query(String.class).list();
        if (purpose.isEmpty()) {
            throw new DomainException("person.consent.notWithdrawable");
        }
        events.publishEvent(new PersonDetailsChanged(person, "CONSENT", purpose.get(0) + " withdrawn on " + today));
    }
}
