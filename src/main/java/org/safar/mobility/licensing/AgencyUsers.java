package org.safar.mobility.licensing;

import java.util.List;
import java.util.Optional;

import org.safar.mobility.MobilityRecordChanged;
import org.safar.platform.DomainException;
import org.safar.platform.accounts.UserAccount;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which agency an AGENCY account works for. An agency user sees and changes only that agency's vacancies and
 * their applicants; an AGENCY account linked to no agency sees nothing.
 */
@Service
public class AgencyUsers {

    private final JdbcClient jdbc;
    private final Users users;
    private final ApplicationEventPublisher events;

    AgencyUsers(JdbcClient jdbc, Users users, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
    }

    public Optional<Long> agencyOf(long userId) {
        return jdbc.sql("select agency_id from agency_user where user_id = ?").param(userId).query(Long.class)
                .optional();
    }

    /**
     * The agency whose records the signed-in user is limited to: empty for staff, who see every agency; an agency
     * user not linked to any agency is refused.
     */
    public Optional<Long> scopeOf(StaffUser user) {
        if (!user.has(Role.AGENCY) || user.has(Role.LICENSING_OFFICER) || user.has(Role.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(agencyOf(user.id()).orElseThrow(() -> new DomainException(403, "agency.user.notLinked")));
    }

    public List<String> usernamesOf(long agencyId) {
        return jdbc.sql("""
                select u.username from agency_user au join app_user u on u.id = au.user_id
                 where au.agency_id = ? order by u.username""").param(agencyId).query(String.class).list();
    }

    @Transactional
    public void link(String username, long agencyId) {
        UserAccount account = users.byUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new DomainException("agency.user.unknown", username));
        if (!account.roles().contains(Role.AGENCY)) {
            throw new DomainException("agency.user.notAgencyRole", username);
        }
        jdbc.sql("""
                insert into agency_user (user_id, agency_id) values (?, ?)
                on conflict (user_id) do update set agency_id = excluded.agency_id, linked_at = now()""")
                .params(account.id(), agencyId).update();
        events.publishEvent(new MobilityRecordChanged("AGENCY_USER_LINKED", "Agency", Long.toString(agencyId),
                account.username()));
    }
}
