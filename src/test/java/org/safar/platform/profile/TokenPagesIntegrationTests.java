package org.safar.platform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SafarIntegrationTest
@Import(StaffFixtures.class)
class TokenPagesIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("<p class=\"secret\">(safar_[A-Za-z0-9_-]+)</p>");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aNewTokenIsOfferedForNinetyDaysByDefault() throws Exception {
        SignedIn session = SignedIn.as(mvc, staff.newUser(), StaffFixtures.PASSWORD);

        mvc.perform(get("/account/tokens").cookie(session.cookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + LocalDate.now(clock).plusDays(90) + "\"")));
    }

    @Test
    void aTokenMadeOnThePageIsShownOnceAndOpensTheApi() throws Exception {
        String username = staff.newUser();
        SignedIn session = SignedIn.as(mvc, username, StaffFixtures.PASSWORD);

        String secret = issue(session, "report export", LocalDate.now(clock).plusDays(30));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));

        mvc.perform(get("/account/tokens").cookie(session.cookies()))
                .andExpect(content().string(containsString("report export")))
                .andExpect(content().string(containsString("…" + secret.substring(secret.length() - 4))))
                .andExpect(content().string(not(containsString(secret))));
    }

    @Test
    void aTokenWithoutANameOrWithAPastDateIsRefusedBesideTheField() throws Exception {
        SignedIn session = SignedIn.as(mvc, staff.newUser(), StaffFixtures.PASSWORD);
        Locale uzbek = Locale.forLanguageTag("uz");

        mvc.perform(create(session, " ", LocalDate.now(clock).plusDays(5).toString()).header("Accept-Language", "uz"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"name-error\" class=\"error\">"
                        + messages.getMessage("token.name.required", null, uzbek) + "</span>")));
        mvc.perform(create(session, "old", LocalDate.now(clock).minusDays(1).toString()).header("Accept-Language", "uz"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"expiresOn-error\" class=\"error\">"
                        + messages.getMessage("token.expiry.past", null, uzbek) + "</span>")));
        mvc.perform(create(session, "typo", "31.02.2020").header("Accept-Language", "uz"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"expiresOn-error\" class=\"error\">"
                        + messages.getMessage("typeMismatch.expiresOn", null, uzbek) + "</span>")));
    }

    @Test
    void iCanRevokeMyTokenButNotSomeoneElses() throws Exception {
        SignedIn mine = SignedIn.as(mvc, staff.newUser(), StaffFixtures.PASSWORD);
        String otherName = staff.newUser();
        SignedIn other = SignedIn.as(mvc, otherName, StaffFixtures.PASSWORD);
        String secret = issue(other, "their script", LocalDate.now(clock).plusDays(10));
        long id = jdbc.sql("select t.id from access_token t join app_user u on u.id = t.user_id where u.username = ?")
                .param(otherName).query(Long.class).single();

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).cookie(mine.cookies()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).cookie(other.cookies()))
                .andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    private String issue(SignedIn session, String name, LocalDate expiresOn) throws Exception {
        String page = mvc.perform(create(session, name, expiresOn.toString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var found = SECRET.matcher(page);
        assertThat(found.find()).as("the secret is shown in the .secret box").isTrue();
        return found.group(1);
    }

    private MockHttpServletRequestBuilder create(SignedIn session, String name, String expiresOn) {
        return post("/account/tokens").with(csrf()).cookie(session.cookies())
                .param("name", name).param("expiresOn", expiresOn);
    }
}
