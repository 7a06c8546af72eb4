package org.safar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safar.platform.DomainException;
import org.safar.platform.accounts.AccountAdministration;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SafarIntegrationTest
@Import(StaffFixtures.class)
class AccessTokenIntegrationTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    StaffUserDetailsService users;

    @Autowired
    AccessTokens tokens;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @Test
    void aTokenSignsItsOwnerIntoTheApi() throws Exception {
        String username = staff.newUser();
        String secret = issueFor(username).secret();

        me(secret).andExpect(status().isOk()).andExpect(jsonPath("$.username").value(username));
        assertThat(tokens.of(users.loadUserByUsername(username)).get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void withoutATokenTheApiAnswersATranslatedProblem() throws Exception {
        mvc.perform(get("/api/v1/me").header("Accept-Language", "ru"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(messages.getMessage("error.unauthorized.api", null, RUSSIAN)));
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        String username = staff.newUser();
        var issued = issueFor(username);
        me(issued.secret()).andExpect(status().isOk());

        tokens.revoke(users.loadUserByUsername(username), issued.id());

        me(issued.secret()).andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenNoLongerWorks() throws Exception {
        var issued = issueFor(staff.newUser());
        jdbc.sql("update access_token set expires_at = now() - interval '1 second' where id = ?")
                .param(issued.id()).update();

        me(issued.secret()).andExpect(status().isUnauthorized());
    }

    @Test
    void theTokenOfADisabledAccountNoLongerWorks() throws Exception {
        String username = staff.newUser();
        var issued = issueFor(username);

        accounts.setEnabled(users.loadUserByUsername(username).id(), false);

        me(issued.secret()).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownApiAddressAnswersATranslatedNotFoundProblem() throws Exception {
        String secret = issueFor(staff.newUser()).secret();

        mvc.perform(get("/api/v1/nothing").header("Authorization", "Bearer " + secret)
                        .header("Accept-Language", "ru"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(messages.getMessage("error.notFound.detail", null, RUSSIAN)))
                .andExpect(jsonPath("$.title").value(messages.getMessage("error.404.title", null, RUSSIAN)));
    }

    @Test
    void onlyTheFingerprintOfATokenIsStored() {
        var issued = issueFor(staff.newUser());

        long rowsWithTheSecret = jdbc.sql("select count(*) from access_token t where strpos(t::text, ?) > 0")
                .param(issued.secret()).query(Long.class).single();
        String stored = jdbc.sql("select token_hash from access_token where id = ?").param(issued.id())
                .query(String.class).single();

        assertThat(rowsWithTheSecret).isZero();
        assertThat(stored).isEqualTo(AccessTokens.sha256(issued.secret()));
    }

    @Test
    void aTokenNeedsANameAndADateWithinTheAllowedLifetime() {
        StaffUser owner = users.loadUserByUsername(staff.newUser());
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> tokens.issue(owner, " ", today.plusDays(1)))
                .hasMessage("token.name.required");
        assertThatThrownBy(() -> tokens.issue(owner, "old", today.minusDays(1)))
                .hasMessage("token.expiry.past");
        assertThatThrownBy(() -> tokens.issue(owner, "forever", today.plusYears(2)))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("token.expiry.tooFar"));
    }

    private AccessTokens.IssuedToken issueFor(String username) {
        return tokens.issue(users.loadUserByUsername(username), "test client", LocalDate.now(clock).plusDays(30));
    }

    private ResultActions me(String secret) throws Exception {
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret));
    }
}
