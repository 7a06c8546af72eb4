package org.safar.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safar.platform.accounts.AccountAdministration;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Passwords;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation can always be entered: without any administrator, one is created — from configuration, or
 * with a one-time password printed once. Each test runs in a transaction that is rolled back, so the demo
 * administrator is back afterwards.
 */
@SafarIntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

    @Autowired
    Users users;

    @Autowired
    Offices offices;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutConfigurationTheFirstAdministratorGetsAOneTimePasswordPrintedOnce(CapturedOutput output) {
        withoutAnyAdministrator();

        new FirstAdministrator(users, offices, accounts, "", "").run(null);

        Matcher printed = Pattern.compile("user '(\\S+)'\\s+one-time password '(\\S+)'").matcher(output.getOut());
        assertThat(printed.find()).as("the one-time password is printed").isTrue();
        var admin = users.byUsername(printed.group(1)).orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(passwords.matches(printed.group(2), admin.passwordHash())).isTrue();
    }

    @Test
    void aConfiguredFirstAdministratorUsesTheConfiguredNameAndPassword(CapturedOutput output) {
        withoutAnyAdministrator();

        new FirstAdministrator(users, offices, accounts, "chief", "a-configured-passphrase").run(null);

        var chief = users.byUsername("chief").orElseThrow();
        assertThat(chief.roles()).contains(Role.ADMIN);
        assertThat(chief.mustChangePassword()).isFalse();
        assertThat(passwords.matches("a-configured-passphrase", chief.passwordHash())).isTrue();
        assertThat(output.getOut()).doesNotContain("a-configured-passphrase");
    }

    @Test
    void nothingIsCreatedWhenAnAdministratorExists() {
        long before = users.count();

        new FirstAdministrator(users, offices, accounts, "", "").run(null);

        assertThat(users.count()).isEqualTo(before);
    }

    private void withoutAnyAdministrator() {
        jdbc.sql("delete from user_role where role = 'ADMIN'").update();
        jdbc.sql("update app_user set username = username || '-old' where username = 'admin'").update();
        assertThat(users.anyWithRole(Role.ADMIN)).isFalse();
    }
}
