package org.safar.protection.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safar.people.PersonId;
import org.safar.platform.audit.AuditTrail;
import org.safar.protection.CaseSource;
import org.safar.protection.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case table, the people concerned, the team and the workflow history, in plain SQL. */
@Repository
public class ProtectionCases {

    static final String COLUMNS = """
            c.id, c.reference, c.type_id, c.subtype_id, c.summary, c.country, c.city, c.employer, c.agency, c.source,
            c.vulnerabilities, c.risk_level, c.owning_office_id, c.assigned_worker_id, c.restricted, c.status,
            c.opened_on, c.status_changed_at, c.plan_approved_at, c.plan_approved_by, c.closed_on, c.closure_reason,
            c.closure_note, c.created_by, c.created_at, c.updated_at""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ProtectionCases(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * {@code CASE-2026-000123}: numbered from 1 in each year, without gaps between committed cases. The year's
     * counter row stays locked until the opening commits, and opening a case is audited: the audit chain's lock is
     * taken first (see {@link AuditTrail#lockChain()}), or a transaction opening a second case would deadlock with
     * another opening its first.
     */
    String nextReference(int year) {
        audit.lockChain();
        int number = jdbc.sql("""
                insert into protection_case_counter (year, last) values (?, 1)
                on conflict (year) do update set last = protection_case_counter.last + 1 returning last""")
                .param(year).query(Integer.class).single();
        return "CASE-" + year + "-" + String.format("%06d", number);
    }

    long insert(String reference, CaseDetails d, LocalDate openedOn, Long createdBy) {
        return jdbc.sql("""
                insert into protection_case (reference, type_id, subtype_id, summary, country, city, employer, agency,
                    source, vulnerabilities, risk_level, owning_office_id, assigned_worker_id, restricted, status,
                    opened_on, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as varchar[]), ?, ?, ?, ?, 'INTAKE', ?, ?) returning id""")
                .params(reference, d.typeId(), d.subtypeId(), d.summary(), d.country(), d.city(), d.employer(),
                        d.agency(), d.source().name(), array(d.vulnerabilities()), d.riskLevel().name(),
                        d.owningOfficeId(), d.assignedWorkerId(), d.restricted(), openedOn, createdBy)
                .query(Long.class).single();
    }

    void update(long id, CaseDetails d) {
        jdbc.sql("""
                update protection_case set type_id = ?, subtype_id = ?, summary = ?, country = ?, city = ?,
                    employer = ?, agency = ?, source = ?, vulnerabilities = cast(? as varchar[]), risk_level = ?,
                    assigned_worker_id = ?, restricted = ?, updated_at = now()
                where id = ?""")
                .params(d.typeId(), d.subtypeId(), d.summary(), d.country(), d.city(), d.employer(), d.agency(),
                        d.source().name(), array(d.vulnerabilities()), d.riskLevel().name(), d.assignedWorkerId(),
                        d.restricted(), id)
                .update();
    }

    /**
     * Moves the case if it is still in {@code from}; false when someone moved it meanwhile. Closing records the
     * closure's date, reason and note in the same statement; any other move clears the closure.
     */
    boolean move(long id, CaseStatus from, CaseStatus to, Instant at, LocalDate closedOn, ClosureReason reason,
            String note) {
        boolean closing = to == CaseStatus.CLOSED;
        return jdbc.sql("""
                update protection_case set status = ?, status_changed_at = ?, updated_at = now(), closed_on = ?,
                    closure_reason = ?, closure_note = case when ? then ? else closure_note end
                where id = ? and status = ?""")
                .params(to.name(), Timestamp.from(at), closing ? closedOn : null,
                        closing ? reason.name() : null, closing, note, id, from.name()).update() == 1;
    }

    void approvePlan(long id, long supervisorId, Instant at) {
        jdbc.sql("update protection_case set plan_approved_at = ?, plan_approved_by = ? where id = ?")
                .params(Timestamp.from(at), supervisorId, id).update();
    }

    /** Hands the case to another office (used by transfers). */
    public void changeOwningOffice(long id, long officeId, Long assignedWorkerId) {
        jdbc.sql("update protection_case set owning_office_id = ?, assigned_worker_id = ?, updated_at = now() "
                + "where id = ?").params(officeId, assignedWorkerId, id).update();
    }

    void recordTransition(long id, CaseStatus from, CaseStatus to, ClosureReason closureReason, String reason,
            Long actorId, String actor) {
        jdbc.sql("""
                insert into protection_case_transition (case_id, from_status, to_status, closure_reason, reason,
                                                        actor_id, actor)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, from == null ? null : from.name(), to.name(),
                        closureReason == null ? null : closureReason.name(), reason, actorId, actor).update();
    }

    public Optional<ProtectionCase> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from protection_case c where c.id = ?").param(id)
                .query(ProtectionCases::map).optional();
    }

    public Optional<ProtectionCase> byReference(String reference) {
        return jdbc.sql("select " + COLUMNS + " from protection_case c where c.reference = ?").param(reference)
                .query(ProtectionCases::map).optional();
    }

    public List<CasePerson> persons(long caseId) {
        return jdbc.sql("""
                select person_id, role from protection_case_person where case_id = ?
                order by case role when 'PRINCIPAL' then 0 else 1 end, added_at""").param(caseId)
                .query((rs, n) -> new CasePerson(PersonId.of(rs.getLong(1)), PersonRole.valueOf(rs.getString(2))))
                .list();
    }

    /** Adds the person, or changes their role when they are already on the case. */
    void addPerson(long caseId, PersonId person, PersonRole role) {
        jdbc.sql("""
                insert into protection_case_person (case_id, person_id, role) values (?, ?, ?)
                on conflict (case_id, person_id) do update set role = excluded.role""")
                .params(caseId, person.value(), role.name()).update();
    }

    boolean removePerson(long caseId, PersonId person) {
        return jdbc.sql("delete from protection_case_person where case_id = ? and person_id = ?")
                .params(caseId, person.value()).update() == 1;
    }

    /** Ids of the cases a person is concerned by, newest first. */
    public List<Long> casesOf(PersonId person) {
        return jdbc.sql("""
                select c.id from protection_case c join protection_case_person p on p.case_id = c.id
                where p.person_id = ? order by c.opened_on desc, c.id desc""").param(person.value())
                .query(Long.class).list();
    }

    /** The team beyond the assigned worker. */
    public List<Long> team(long caseId) {
        return jdbc.sql("select user_id from protection_case_team where case_id = ? order by added_at")
                .param(caseId).query(Long.class).list();
    }

    public boolean onTeam(long caseId, long userId) {
        return jdbc.sql("""
                select exists (select 1 from protection_case c where c.id = ? and c.assigned_worker_id = ?)
                    or exists (select 1 from protection_case_team t where t.case_id = ? and t.user_id = ?)""")
                .params(caseId, userId, caseId, userId).query(Boolean.class).single();
    }

    void addToTeam(long caseId, long userId) {
        jdbc.sql("insert into protection_case_team (case_id, user_id) values (?, ?) on conflict do nothing")
                .params(caseId, userId).update();
    }

    boolean removeFromTeam(long caseId, long userId) {
        return jdbc.sql("delete from protection_case_team where case_id = ? and user_id = ?").params(caseId, userId)
                .update() > 0;
    }

    public List<Transition> transitions(long caseId) {
        return jdbc.sql("""
                select from_status, to_status, closure_reason, reason, actor, occurred_at
                from protection_case_transition where case_id = ? order by occurred_at, id""").param(caseId)
                .query((rs, n) -> new Transition(rs.getString(1) == null ? null : CaseStatus.valueOf(rs.getString(1)),
                        CaseStatus.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : ClosureReason.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    static String array(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static ProtectionCase map(ResultSet rs, int row) throws SQLException {
        return new ProtectionCase(rs.getLong("id"), rs.getString("reference"), rs.getLong("type_id"),
                (Long) rs.getObject("subtype_id"), rs.getString("summary"), rs.getString("country"),
                rs.getString("city"), rs.getString("employer"), rs.getString("agency"),
                CaseSource.valueOf(rs.getString("source")), vulnerabilities(rs.getArray("vulnerabilities")),
                RiskLevel.valueOf(rs.getString("risk_level")), rs.getLong("owning_office_id"),
                (Long) rs.getObject("assigned_worker_id"), rs.getBoolean("restricted"),
                CaseStatus.valueOf(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
                instant(rs, "status_changed_at"), instant(rs, "plan_approved_at"),
                (Long) rs.getObject("plan_approved_by"), rs.getObject("closed_on", LocalDate.class),
                rs.getString("closure_reason") == null ? null : ClosureReason.valueOf(rs.getString("closure_reason")),
                rs.getString("closure_note"), (Long) rs.getObject("created_by"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Set<Vulnerability> vulnerabilities(Array array) throws SQLException {
        Set<Vulnerability> set = EnumSet.noneOf(Vulnerability.class);
        if (array != null) {
            Arrays.stream((Object[]) array.getArray()).map(Object::toString).map(Vulnerability::valueOf)
                    .forEach(set::add);
        }
        return set;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
