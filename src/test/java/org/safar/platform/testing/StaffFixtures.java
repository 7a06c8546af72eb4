package org.safar.platform.testing;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.safar.platform.accounts.AccountAdministration;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.UserForm;
import org.safar.platform.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Fresh staff accounts for tests that change an account (lock it, change its password), so tests never disturb
 * the shared demo users. Import with {@code @Import(StaffFixtures.class)}.
 */
@Component
public class StaffFixtures {

    /** The password of every account made here. */
    public static final String PASSWORD = "fixture-password-1";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountAdministration accounts;
    private final Offices offices;

    public StaffFixtures(AccountAdministration accounts, Offices offices) {
        this.accounts = accounts;
        this.offices = offices;
    }

    /** A new enabled account with the given roles in headquarters; returns its user name. */
    public String newUser(Role... roles) {
        return newUserIn("HQ", roles);
    }

    /** A new enabled account with the given roles in the office with {@code officeCode}. */
    public String newUserIn(String officeCode, Role... roles) {
        String username = "t" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Test " + username);
        form.setRoles(roles.length == 0 ? EnumSet.of(Role.CASE_WORKER) : EnumSet.of(roles[0], roles));
        form.setOfficeIds(Set.of(offices.byCode(officeCode).orElseThrow().id()));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("test-fixture", null, AuthorityUtils.NO_AUTHORITIES));
        try {
            accounts.createWithPassword(form, PASSWORD, false);
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        return username;
    }
}
