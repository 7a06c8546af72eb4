package org.safar.protection.cases;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plan actions a staff member owns and has not done yet, on cases they may see, soonest first. */
@Repository
public class MyActions {

    /** An open action with its case. */
    public record OpenAction(long id, long caseId, String caseReference, String goal, String description,
            LocalDate dueOn) {

        public boolean overdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }

    private final JdbcClient jdbc;

    MyActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenAction> openFor(long userId, CaseScope scope) {
        return scope.bind(jdbc.sql("""
                select a.id, c.id, c.reference, g.description, a.description, a.due_on
                from protection_case_action a join protection_case_goal g on g.id = a.goal_id
                join protection_case c on c.id = g.case_id
                where a.owner_id = :owner and a.done_on is null and c.status <> 'CLOSED' and """
                + CaseScope.CONDITION + " order by a.due_on, a.id").param("owner", userId))
                .query((rs, n) -> new OpenAction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class)))
                .list();
    }
}
