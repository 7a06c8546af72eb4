package org.safar.protection.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessment of a case: one need per domain with its severity; assessing a domain again replaces it. */
@Repository
public class Needs {

    /** A need as assessed. */
    public record Need(long id, NeedDomain domain, Severity severity, String description, Instant assessedAt) {
    }

    private final JdbcClient jdbc;

    Needs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Need> of(long caseId) {
        return jdbc.sql("""
                select id, domain, severity, description, assessed_at from protection_case_need where case_id = ?
                order by case severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2
                         when 'LOW' then 3 else 4 end, domain""").param(caseId)
                .query((rs, n) -> new Need(rs.getLong(1), NeedDomain.valueOf(rs.getString(2)),
                        Severity.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    void record(long caseId, NeedDomain domain, Severity severity, String description, Long assessedBy) {
        jdbc.sql("""
                insert into protection_case_need (case_id, domain, severity, description, assessed_by)
                values (?, ?, ?, ?, ?)
                on conflict (case_id, domain) do update set severity = excluded.severity,
                    description = excluded.description, assessed_by = excluded.assessed_by, assessed_at = now()""")
                .params(caseId, domain.name(), severity.name(), description, assessedBy).update();
    }

    int count(long caseId) {
        return jdbc.sql("select count(*) from protection_case_need where case_id = ?").param(caseId)
                .query(Integer.class).single();
    }
}
