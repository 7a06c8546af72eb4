package org.safar.protection.providers;

import java.util.List;
import java.util.Optional;

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
 * Which provider each PARTNER user works for. A partner user belongs to exactly one provider and sees only what
 * was referred to it; an account without a provider sees nothing.
 */
@Service
public class PartnerAccounts {

    private final JdbcClient jdbc;
    private final Users users;
    private final ApplicationEventPublisher events;

    PartnerAccounts(JdbcClient jdbc, Users users, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
    }

    /** A partner user as listed on the provider's page. */
    public record Partner(long userId, String username, String fullName) {
    }

    /** The provider the user works for, if the user is a partner attached to one. */
    public Optional<Long> providerOf(long userId) {
        return jdbc.sql("select provider_id from partner_account where user_id = ?").param(userId)
                .query(Long.class).optional();
    }

    /** The provider of the signed-in partner; refuses a partner not attached to any provider. */
    public long providerOfCurrentPartner() {
        StaffUser user = StaffUser.current().orElseThrow(DomainException::notFound);
        return providerOf(user.id()).orElseThrow(() -> new DomainException(403, "provider.partner.noProvider"));
    }

    public List<Partner> partnersOf(long providerId) {
        return jdbc.sql("""
                select u.id, u.username, u.full_name from partner_account p join app_user u on u.id = p.user_id
                 where p.provider_id = ? order by u.username""").param(providerId)
                .query((rs, n) -> new Partner(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Attaches the partner user {@code username} to the provider, moving it from any other provider. */
    @Transactional
    public void link(String username, long providerId) {
        UserAccount account = users.byUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new DomainException("provider.partner.unknownUser", username));
        if (!account.roles().contains(Role.PARTNER)) {
            throw new DomainException("provider.partner.notPartner", account.username());
        }
        String by = StaffUser.current().map(StaffUser::username).orElse("system");
        jdbc.sql("""
                insert into partner_account (user_id, provider_id, linked_by) values (?, ?, ?)
                on conflict (user_id) do update set provider_id = excluded.provider_id, linked_at = now(),
                       linked_by = excluded.linked_by""")
                .params(account.id(), providerId, by).update();
        events.publishEvent(new PartnerAccountChanged(account.id(), account.username(), providerId, true));
    }

    @Transactional
    public void unlink(long userId, long providerId) {
        List<String> removed = jdbc.sql("""
                delete from partner_account p using app_user u
                 where p.user_id = ? and p.provider_id = ? and u.id = p.user_id returning u.username""")
                .params(userId, providerId).query(String.class).list();
        if (removed.isEmpty()) {
            throw DomainException.notFound();
        }
        events.publishEvent(new PartnerAccountChanged(userId, removed.get(0), providerId, false));
    }
}
