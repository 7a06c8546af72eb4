package org.safar.protection.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safar.protection.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case list: filtered, sorted and paged, always within the reader's {@link CaseScope}. The same query feeds
 * the page, the API and the XLSX export, so an export never holds a case its reader could not open.
 */
@Repository
public class CaseSearch {

    /** Every filter is optional; {@code overdue} keeps cases with a task or plan action past its due date. */
    public record Filter(Long typeId, CaseStatus status, Long officeId, Long workerId, String country,
            RiskLevel risk, boolean overdue, String text) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, false, null);
        }
    }

    /** The orders a list can be sorted in; critical and recent first unless asked otherwise. */
    public enum Sort {
        RISK("c.risk_order desc, c.opened_on desc, c.id desc"),
        OPENED("c.opened_on desc, c.id desc"),
        OPENED_ASC("c.opened_on, c.id"),
        REFERENCE("c.reference"),
        STATUS("c.status_order, c.opened_on desc, c.id desc"),
        UPDATED("c.updated_at desc, c.id desc");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** One line of the list. */
    public record Row(long id, String reference, long typeId, Long subtypeId, CaseStatus status, RiskLevel risk,
            String country, String city, long officeId, Long workerId, String workerName, LocalDate openedOn,
            boolean restricted, boolean overdue, Long principalId) {
    }

    private static final String FROM = """
            from (select c.*, case c.risk_level when 'CRITICAL' then 3 when 'HIGH' then 2 when 'MEDIUM' then 1
                                   else 0 end as risk_order,
                         array_position(array['INTAKE','ASSESSMENT','PLAN','IN_SERVICE','MONITORING','CLOSED'],
                                        c.status::text) as status_order,
                         (exists (select 1 from protection_case_task t where t.case_id = c.id and t.done_at is null
                                  and t.due_on < :today)
                          or exists (select 1 from protection_case_action a join protection_case_goal g
                                     on g.id = a.goal_id where g.case_id = c.id and a.done_on is null
                                     and a.due_on < :today)) and c.status <> 'CLOSED' as overdue
                  from protection_case c) c
            left join app_user w on w.id = c.assigned_worker_id
            where""";

    private static final String FILTERS = """
              and (cast(:type as bigint) is null or c.type_id = :type)
              and (cast(:status as text) is null or c.status = :status)
              and (cast(:office as bigint) is null or c.owning_office_id = :office)
              and (cast(:worker as bigint) is null or c.assigned_worker_id = :worker)
              and (cast(:country as text) is null or c.country = :country)
              and (cast(:risk as text) is null or c.risk_level = :risk)
              and (not :overdue or c.overdue)
              and (cast(:text as text) is null or c.reference ilike '%' || :text || '%'
                   or c.summary ilike '%' || :text || '%' or c.employer ilike '%' || :text || '%'
                   or c.agency ilike '%' || :text || '%')""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Row> find(CaseScope scope, Filter filter, Sort sort, int offset, int limit) {
        return bind(scope, filter, jdbc.sql("""
                select c.id, c.reference, c.type_id, c.subtype_id, c.status, c.risk_level, c.country, c.city,
                       c.owning_office_id, c.assigned_worker_id, w.full_name, c.opened_on, c.restricted, c.overdue,
                       (select p.person_id from protection_case_person p where p.case_id = c.id
                        order by case p.role when 'PRINCIPAL' then 0 else 1 end, p.added_at limit 1)
                """ + FROM + " " + CaseScope.CONDITION + FILTERS + " order by " + sort.orderBy
                + " offset :offset limit :limit"))
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), (Long) rs.getObject(4),
                        CaseStatus.valueOf(rs.getString(5)), RiskLevel.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8), rs.getLong(9), (Long) rs.getObject(10), rs.getString(11),
                        rs.getObject(12, LocalDate.class), rs.getBoolean(13), rs.getBoolean(14),
                        (Long) rs.getObject(15)))
                .list();
    }

    public long count(CaseScope scope, Filter filter) {
        return bind(scope, filter, jdbc.sql("select count(*) " + FROM + " " + CaseScope.CONDITION + FILTERS))
                .query(Long.class).single();
    }

    private JdbcClient.StatementSpec bind(CaseScope scope, Filter f, JdbcClient.StatementSpec statement) {
        String text = f.text() == null || f.text().isBlank() ? null : f.text().trim();
        String country = f.country() == null || f.country().isBlank() ? null
                : f.country().trim().toUpperCase(java.util.Locale.ROOT);
        return scope.bind(statement.param("today", LocalDate.now(clock)).param("type", f.typeId())
                .param("status", f.status() == null ? null : f.status().name()).param("office", f.officeId())
                .param("worker", f.workerId()).param("country", country)
                .param("risk", f.risk() == null ? null : f.risk().name()).param("overdue", f.overdue())
                .param("text", text));
    }
}
