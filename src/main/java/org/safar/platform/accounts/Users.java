package org.safar.platform.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safar.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff accounts. */
@Repository
public class Users {

    private static final String SELECT = """
            select u.id, u.username, u.full_name, u.email, u.password_hash, u.enabled, u.must_change_password,
                   u.preferred_locale, u.failed_attempts, u.locked_until, u.last_login_at,
                   coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') roles,
                   coalesce((select string_agg(o.office_id::text, ',') from user_office o where o.user_id = u.id), '')
                       offices
            from app_user u""";

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> byUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = ?").param(username.toLowerCase(java.util.Locale.ROOT))
                .query(Users::map).optional();
    }

    public Optional<UserAccount> byId(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(Users::map).optional();
    }

    /** Accounts whose username or name contains {@code text}, optionally with a role or in an office. */
    public List<UserAccount> search(String text, Role role, Long officeId) {
        return jdbc.sql(SELECT + " " + """
                 where (cast(:text as text) is null or u.username ilike '%' || :text || '%'
                        or u.full_name ilike '%' || :text || '%')
                   and (cast(:role as text) is null
                        or exists (select 1 from user_role r where r.user_id = u.id and r.role = :role))
                   and (cast(:office as bigint) is null
                        or exists (select 1 from user_office o where o.user_id = u.id and o.office_id = :office))
                 order by u.username""")
                .param("text", text == null || text.isBlank() ? null : text.trim())
                .param("role", role == null ? null : role.name())
                .param("office", officeId)
                .query(Users::map).list();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class)
                .single() > 0;
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("select count(*) from user_role where role = ?").param(role.name()).query(Long.class)
                .single() > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    long create(UserForm form, String passwordHash, boolean mustChangePassword) {
        long id = jdbc.sql("""
                insert into app_user (username, full_name, email, password_hash, enabled, must_change_password)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(form.getUsername(), form.getFullName(), form.getEmail(), passwordHash, form.isEnabled(),
                        mustChangePassword)
                .query(Long.class).single();
        replaceRolesAndOffices(id, form.getRoles(), form.getOfficeIds());
        return id;
    }

    void update(long id, UserForm form) {
        jdbc.sql("""
                update app_user set full_name = ?, email = ?, enabled = ?, updated_at = now(),
                       failed_attempts = case when ? then failed_attempts else 0 end
                where id = ?""")
                .params(form.getFullName(), form.getEmail(), form.isEnabled(), form.isEnabled(), id).update();
        replaceRolesAndOffices(id, form.getRoles(), form.getOfficeIds());
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = ?, updated_at = now() where id = ?").params(enabled, id).update();
    }

    /** Sets a new password; an administrator's reset makes the user choose their own at next login. */
    public void setPassword(long id, String passwordHash, boolean mustChange) {
        jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = ?, failed_attempts = 0,
                       locked_until = null, updated_at = now()
                where id = ?""").params(passwordHash, mustChange, id).update();
    }

    public void setPreferredLocale(String username, String languageTag) {
        jdbc.sql("update app_user set preferred_locale = ? where username = ?").params(languageTag, username)
                .update();
    }

    /**
     * Counts a failed login and locks the account until {@code lockUntil} once {@code maxFailures} is reached. A lock
     * that has run out starts the count again, so one more slip after a lockout does not lock at once.
     */
    public int recordFailedLogin(String username, int maxFailures, Instant now, Instant lockUntil) {
        return jdbc.sql("""
                update app_user u
                   set failed_attempts = n.attempts,
                       locked_until = case when n.attempts >= :max then :until
                                           when n.expired then null else u.locked_until end
                  from (select id, coalesce(locked_until <= :now, false) expired,
                               case when locked_until <= :now then 1 else failed_attempts + 1 end attempts
                          from app_user where username = :username) n
                 where u.id = n.id
                returning u.failed_attempts""")
                .param("max", maxFailures).param("until", Timestamp.from(lockUntil))
                .param("now", Timestamp.from(now)).param("username", username)
                .query(Integer.class).optional().orElse(0);
    }

    public void recordSuccessfulLogin(String username, Instant at) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = ? where username = ?")
                .params(Timestamp.from(at), username).update();
    }

    private void replaceRolesAndOffices(long id, Set<Role> roles, Set<Long> officeIds) {
        jdbc.sql("delete from user_role where user_id = ?").param(id).update();
        jdbc.sql("delete from user_office where user_id = ?").param(id).update();
        roles.forEach(role -> jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                .params(id, role.name()).update());
        officeIds.forEach(office -> jdbc.sql("insert into user_office (user_id, office_id) values (?, ?)")
                .params(id, office).update());
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : rs.getString("roles").split(",")) {
            if (!role.isEmpty()) {
                roles.add(Role.valueOf(role));
            }
        }
        Set<Long> offices = new LinkedHashSet<>();
        for (String office : rs.getString("offices").split(",")) {
            if (!office.isEmpty()) {
                offices.add(Long.valueOf(office));
            }
        }
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getString("preferred_locale"),
                rs.getInt("failed_attempts"), instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_login_at")), roles, offices);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
