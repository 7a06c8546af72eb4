package org.safar.protection.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan of a case: goals, each with actions that have an owner and a due date. */
@Repository
public class Plans {

    /** A goal with its actions. */
    public record Goal(long id, NeedDomain domain, String description, LocalDate achievedOn, List<Action> actions) {
    }

    /** An action towards a goal; overdue when not done by its due date. */
    public record Action(long id, long goalId, String description, long ownerId, String ownerName, LocalDate dueOn,
            LocalDate doneOn) {

        public boolean overdueOn(LocalDate today) {
            return doneOn == null && dueOn.isBefore(today);
        }
    }

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Goal> of(long caseId) {
        Map<Long, List<Action>> actions = jdbc.sql("""
                select a.id, a.goal_id, a.description, a.owner_id, u.full_name, a.due_on, a.done_on
                from protection_case_action a join protection_case_goal g on g.id = a.goal_id
                join app_user u on u.id = a.owner_id
                where g.case_id = ? order by a.due_on, a.id""").param(caseId)
                .query((rs, n) -> new Action(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                .list().stream().collect(Collectors.groupingBy(Action::goalId));
        return jdbc.sql("""
                select id, domain, description, achieved_on from protection_case_goal where case_id = ?
                order by id""").param(caseId)
                .query((rs, n) -> new Goal(rs.getLong(1),
                        rs.getString(2) == null ? null : NeedDomain.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), new ArrayList<>(actions.getOrDefault(rs.getLong(1),
                                List.of()))))
                .list();
    }

    long addGoal(long caseId, NeedDomain domain, String description) {
        return jdbc.sql("insert into protection_case_goal (case_id, domain, description) values (?, ?, ?) returning id")
                .params(caseId, domain == null ? null : domain.name(), description).query(Long.class).single();
    }

    boolean goalBelongsTo(long goalId, long caseId) {
        return jdbc.sql("select exists (select 1 from protection_case_goal where id = ? and case_id = ?)")
                .params(goalId, caseId).query(Boolean.class).single();
    }

    long addAction(long goalId, String description, long ownerId, LocalDate dueOn) {
        return jdbc.sql("""
                insert into protection_case_action (goal_id, description, owner_id, due_on) values (?, ?, ?, ?)
                returning id""").params(goalId, description, ownerId, dueOn).query(Long.class).single();
    }

    boolean completeAction(long caseId, long actionId, LocalDate on) {
        return jdbc.sql("""
                update protection_case_action a set done_on = ? from protection_case_goal g
                where a.id = ? and g.id = a.goal_id and g.case_id = ? and a.done_on is null""")
                .params(on, actionId, caseId).update() == 1;
    }

    boolean achieveGoal(long caseId, long goalId, LocalDate on) {
        return jdbc.sql("update protection_case_goal set achieved_on = ? where id = ? and case_id = ? "
                + "and achieved_on is null").params(on, goalId, caseId).update() == 1;
    }

    /** Whether the plan has at least one goal with an action, the least a supervisor can approve. */
    boolean hasGoalWithAction(long caseId) {
        return jdbc.sql("""
                select exists (select 1 from protection_case_goal g join protection_case_action a on a.goal_id = g.id
                               where g.case_id = ?)""").param(caseId).query(Boolean.class).single();
    }
}
