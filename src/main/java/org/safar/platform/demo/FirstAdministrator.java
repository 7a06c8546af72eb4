package org.safar.platform.demo;

import java.util.EnumSet;
import java.util.Set;

import org.safar.platform.accounts.AccountAdministration;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Passwords;
import org.safar.platform.accounts.UserForm;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in to a new installation: when no administrator exists, creates one from
 * {@code SAFAR_ADMIN_USERNAME} / {@code SAFAR_ADMIN_PASSWORD}, or else an {@code admin} with a one-time password
 * printed once to the log, to be replaced at first login.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final Offices offices;
    private final AccountAdministration accounts;
    private final String username;
    private final String password;

    FirstAdministrator(Users users, Offices offices, AccountAdministration accounts,
            @Value("${safar.admin.username:}") String username, @Value("${safar.admin.password:}") String password) {
        this.users = users;
        this.offices = offices;
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyWithRole(Role.ADMIN)) {
            return;
        }
        UserForm form = new UserForm();
        form.setUsername(username.isBlank() ? "admin" : username);
        form.setFullName("Administrator");
        form.setRoles(EnumSet.of(Role.ADMIN));
        form.setOfficeIds(Set.of(offices.byCode("HQ").orElseThrow().id()));
        if (!password.isBlank()) {
            accounts.createWithPassword(form, password, false);
            log.warn("Created the first administrator '{}' from configuration.", form.getUsername());
            return;
        }
        String oneTime = Passwords.oneTime();
        accounts.createWithPassword(form, oneTime, true);
        log.warn("""

                ==================================================================
                  First administrator created:  user '{}'  one-time password '{}'
                  It must be changed at the first login and is not shown again.
                ==================================================================""", form.getUsername(), oneTime);
    }
}
