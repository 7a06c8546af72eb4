package org.safar.protection.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks on cases, each with an assignee and a due date. */
@Repository
public class CaseTasks {

    /** A task; overdue when not done by its due date. */
    public record Task(long id, long caseId, String caseReference, String title, LocalDate dueOn, long assigneeId,
            String assigneeName, Instant doneAt) {

        public boolean overdueOn(LocalDate today) {
            return doneAt == null && dueOn.isBefore(today);
        }

        public boolean done() {
            return doneAt != null;
        }
    }

    private static final String SELECT = """
            select t.id, t.case_id, c.reference, t.title, t.due_on, t.assignee_id, u.full_name, t.done_at
            from protection_case_task t join protection_case c on c.id = t.case_id
            join app_user u on u.id = t.assignee_id
            """;

    private final JdbcClient jdbc;

    CaseTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Task> of(long caseId) {
        return jdbc.sql(SELECT + " where t.case_id = ? order by t.done_at nulls first, t.due_on, t.id")
                .param(caseId).query(CaseTasks::map).list();
    }

    /** Open tasks assigned to the user, on cases within their scope, soonest first. */
    public List<Task> openFor(long userId, CaseScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where t.assignee_id = :user and t.done_at is null and "
                + CaseScope.CONDITION + " order by t.due_on, t.id").param("user", userId))
                .query(CaseTasks::map).list();
    }

    long add(long caseId, String title, LocalDate dueOn, long assigneeId, Long createdBy) {
        return jdbc.sql("""
                insert into protection_case_task (case_id, title, due_on, assignee_id, created_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(caseId, title, dueOn, assigneeId, createdBy).query(Long.class).single();
    }

    boolean complete(long caseId, long taskId) {
        return jdbc.sql("update protection_case_task set done_at = now() where id = ? and case_id = ? "
                + "and done_at is null").params(taskId, caseId).update() == 1;
    }

    private static Task map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Task(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getString(7),
                rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant());
    }
}
