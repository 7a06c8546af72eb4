package org.safar.protection.cases;

import java.util.List;

import org.safar.protection.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case dashboard's main figure: how many cases of each type are in each state, within what the reader may
 * see ({@link CaseScope}): one aggregate over the case table, restricted cases counted only for those who may see
 * them.
 */
@Service
public class CaseStatistics {

    private final JdbcClient jdbc;

    CaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases of one type in one state. */
    public record Count(String typeCode, CaseStatus status, long cases) {
    }

    @Transactional(readOnly = true)
    public List<Count> byTypeAndStatus(CaseScope scope) {
        return scope.bind(jdbc.sql("""
                select t.code, s.status, s.cases
                from (select c.type_id, c.status, count(*) cases from protection_case c
                      where""" + " " + CaseScope.CONDITION + """
                      group by c.type_id, c.status) s
                join case_type t on t.id = s.type_id
                order by t.sort_order, t.code, s.status"""))
                .query((rs, n) -> new Count(rs.getString(1), CaseStatus.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }
}
