package org.safar.protection.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff who can be given work on an office's cases: enabled accounts with a role that changes cases, in that
 * office or in headquarters.
 */
@Repository
public class CaseStaff {

    /** A staff member as offered in a list. */
    public record Member(long id, String fullName) {
    }

    private static final String WORKERS = """
            u.enabled and exists (select 1 from user_role r where r.user_id = u.id
                                  and r.role in ('SUPERVISOR', 'CASE_WORKER', 'CONSULAR_OFFICER'))
            and exists (select 1 from user_office uo join office o on o.id = uo.office_id
                        where uo.user_id = u.id and (uo.office_id = ? or o.kind = 'HEADQUARTERS'))""";

    private final JdbcClient jdbc;

    CaseStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Member> of(long officeId) {
        return jdbc.sql("select u.id, u.full_name from app_user u where " + WORKERS + " order by u.full_name")
                .param(officeId).query(Member.class).list();
    }

    /** Everyone who works on cases in the offices of this scope, for the case list's worker filter. */
    public List<Member> within(CaseScope scope) {
        return jdbc.sql("""
                select u.id, u.full_name from app_user u
                where exists (select 1 from user_role r where r.user_id = u.id
                              and r.role in ('SUPERVISOR', 'CASE_WORKER', 'CONSULAR_OFFICER'))
                  and exists (select 1 from user_office uo where uo.user_id = u.id
                              and (? or uo.office_id = any(cast(? as bigint[]))))
                order by u.full_name""")
                .params(scope.allOffices(), scope.officeIds().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .query(Member.class).list();
    }

    public boolean mayWorkOn(long userId, long officeId) {
        return jdbc.sql("select exists (select 1 from app_user u where u.id = ? and " + WORKERS + ")")
                .params(userId, officeId).query(Boolean.class).single();
    }

    public Optional<String> nameOf(Long userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select full_name from app_user where id = ?").param(userId).query(String.class).optional();
    }
}
