package org.safar.people.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.safar.people.PersonId;
import org.safar.people.PersonMerged;
import org.safar.people.PersonView;
import org.safar.platform.DomainException;
import org.safar.platform.audit.AuditTrail;
import org.safar.platform.security.StaffUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate review queue: pairs of records that may be one person, proposed at registration, by an import or
 * by the nightly {@link DuplicateScan}, and decided by a supervisor — either "not the same person", which is
 * remembered so the pair is never proposed again, or a merge into one surviving record.
 */
@Service
public class DuplicateReview {

    public static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final PersonRecords records;
    private final PersonMerge merging;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;

    DuplicateReview(JdbcClient jdbc, PersonRecords records, PersonMerge merging, AuditTrail trail,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.records = records;
        this.merging = merging;
        this.trail = trail;
        this.events = events;
    }

    /** Two records that may be one person, with the matcher's score (0–1) and reasons (message keys). */
    public record Pair(long id, PersonView low, PersonView high, double score, List<String> reasons, String source,
            String status, Instant createdAt) {

        public boolean isOpen() {
            return "OPEN".equals(status);
        }

        /** The record entered first, whose values are kept by default. */
        public PersonView older() {
            return high.createdAt().isBefore(low.createdAt()) ? high : low;
        }

        public Optional<PersonView> member(long personId) {
            return low.id() == personId ? Optional.of(low) : high.id() == personId ? Optional.of(high)
                    : Optional.empty();
        }
    }

    /** One page (from 0) of the open pairs, the most likely first, and among equals the newest first. */
    @Transactional(readOnly = true)
    public List<Pair> open(int page) {
        return pairs("status = 'OPEN' order by score desc, id desc limit " + PAGE_SIZE + " offset "
                + (long) Math.max(page, 0) * PAGE_SIZE, Map.of());
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return jdbc.sql("select count(*) from duplicate_candidate where status = 'OPEN'").query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public Optional<Pair> pair(long id) {
        return pairs("id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The open pair of these two people, if the registry has proposed one. */
    @Transactional(readOnly = true)
    public Optional<Pair> openPairOf(long one, long other) {
        return pairs("status = 'OPEN' and person_low = least(:one, :other) and person_high = greatest(:one, :other)",
                Map.of("one", one, "other", other)).stream().findFirst();
    }

    /** The reviewer found two different people; the pair stays decided and is never proposed again. */
    @Transactional
    public void notSame(long pairId) {
        Pair pair = openPairForDecision(pairId);
        decide(pairId, "NOT_SAME");
        trail.record("DUPLICATE_NOT_SAME", "Person", pair.low().id(), "not the same person as " + pair.high().id());
    }

    /**
     * One person: {@code survivor} (one of the pair) keeps, per field, the value of the record named in
     * {@code choices} (its own where no choice is given), takes over everything of the other record and every
     * name it was known by; the other record redirects to it. Publishes {@link PersonMerged}.
     */
    @Transactional
    public void merge(long pairId, PersonId survivorId, Map<MergeField, PersonId> choices) {
        Pair pair = openPairForDecision(pairId);
        PersonView survivor = pair.member(survivorId.value())
                .orElseThrow(() -> new DomainException("duplicate.survivor.invalid"));
        PersonView merged = survivor == pair.low() ? pair.high() : pair.low();
        Map<MergeField, PersonView> chosen = new EnumMap<>(MergeField.class);
        choices.forEach((field, person) -> chosen.put(field, pair.member(person.value())
                .orElseThrow(() -> new DomainException("duplicate.choice.invalid"))));
        decide(pairId, "MERGED");
        merging.merge(survivor, merged, chosen, reviewer());
        events.publishEvent(new PersonMerged(survivor.personId(), merged.personId()));
    }

    /**
     * Locks the pair, then both records (in id order, so two merges sharing a record wait for each other instead of
     * deadlocking), then reads them — after a wait, as the other merge left them — and refuses when the pair is
     * decided or a record is already merged.
     */
    private Pair openPairForDecision(long pairId) {
        List<Long> members = jdbc.sql("select person_low, person_high from duplicate_candidate where id = ? for update")
                .param(pairId).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).optional()
                .orElseThrow(DomainException::notFound);
        jdbc.sql("select id from person where id in (:ids) order by id for update").param("ids", members)
                .query(Long.class).list();
        Pair pair = pair(pairId).orElseThrow(DomainException::notFound);
        if (!pair.isOpen()) {
            throw new DomainException(409, "duplicate.alreadyDecided");
        }
        if (pair.low().mergedInto() != null || pair.high().mergedInto() != null) {
            throw new DomainException(409, "duplicate.alreadyMerged");
        }
        return pair;
    }

    private void decide(long pairId, String status) {
        jdbc.sql("update duplicate_candidate set status = ?, decided_by = ?, decided_at = now() where id = ?")
                .params(status, reviewer(), pairId).update();
    }

    private static String reviewer() {
        return StaffUser.current().map(StaffUser::username).orElse(AuditTrail.SYSTEM);
    }

    private List<Pair> pairs(String condition, Map<String, ?> parameters) {
        record Row(long id, long low, long high, double score, String reasons, String source, String status,
                Timestamp createdAt) {
        }
        List<Row> rows = jdbc.sql("""
                select id, person_low, person_high, score, reasons, source, status, created_at
                from duplicate_candidate where""" + " " + condition).params(parameters)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonView> people = new HashMap<>();
        jdbc.sql("select " + PersonRecords.COLUMNS + " from person p where p.id in (:ids)")
                .param("ids", rows.stream().flatMap(row -> Stream.of(row.low(), row.high())).toList())
                .query(records::map).list().forEach(person -> people.put(person.id(), person));
        return rows.stream().map(row -> new Pair(row.id(), people.get(row.low()), people.get(row.high()),
                row.score(), row.reasons().isBlank() ? List.of() : List.of(row.reasons().split(",")), row.source(),
                row.status(), row.createdAt().toInstant())).toList();
    }
}
