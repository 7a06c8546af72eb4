package org.safar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SafarIntegrationTest
@Import(StaffFixtures.class)
class LockoutIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityProperties policy;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = staff.newUser();
        assertThat(policy.maxFailedLogins()).isEqualTo(5);

        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-" + attempt))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        assertThat(failedLoginsAudited(username)).isEqualTo(5);

        mvc.perform(formLogin("/login").user(username).password(StaffFixtures.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void fourWrongPasswordsDoNotLockTheAccount() throws Exception {
        String username = staff.newUser();
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-" + attempt))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user(username).password(StaffFixtures.PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void aLockEndsWhenItsTimeIsUp() throws Exception {
        String username = staff.newUser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-" + attempt));
        }
        mvc.perform(formLogin("/login").user(username).password(StaffFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));

        jdbc.sql("update app_user set locked_until = now() - interval '1 minute' where username = ?")
                .param(username).update();

        mvc.perform(formLogin("/login").user(username).password(StaffFixtures.PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/dashboard"));
        assertThat(jdbc.sql("select failed_attempts from app_user where username = ?").param(username)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSlipAfterAnExpiredLockDoesNotLockAgainAtOnce() throws Exception {
        String username = staff.newUser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-" + attempt));
        }
        jdbc.sql("update app_user set locked_until = now() - interval '1 minute' where username = ?")
                .param(username).update();

        mvc.perform(formLogin("/login").user(username).password("one-more-slip"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(formLogin("/login").user(username).password(StaffFixtures.PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    private long failedLoginsAudited(String username) {
        return jdbc.sql("select count(*) from audit_event where actor = ? and action = 'LOGIN_FAILED'")
                .param(username).query(Long.class).single();
    }
}
