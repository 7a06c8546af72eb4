package org.safar.platform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safar.platform.accounts.AccountAdministration;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.UserForm;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SafarIntegrationTest
@Import(StaffFixtures.class)
class PasswordChangeIntegrationTests {

    static final String NEW_PASSWORD = "a-brand-new-password-2";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Offices offices;

    @Autowired
    Users users;

    @Autowired
    MessageSource messages;

    @Test
    void theNewPasswordWorksAndTheOldOneStopsWorking() throws Exception {
        String username = staff.newUser();
        SignedIn session = SignedIn.as(mvc, username, StaffFixtures.PASSWORD);

        mvc.perform(change(session, StaffFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(formLogin("/login").user(username).password(StaffFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(formLogin("/login").user(username).password(NEW_PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedBesideItsFieldInTheReadersLanguage() throws Exception {
        String username = staff.newUser();
        SignedIn session = SignedIn.as(mvc, username, StaffFixtures.PASSWORD);

        mvc.perform(change(session, "not-my-password", NEW_PASSWORD, NEW_PASSWORD).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"currentPassword-error\" class=\"error\">"
                        + message("password.currentWrong", "ru") + "</span>")));

        mvc.perform(formLogin("/login").user(username).password(StaffFixtures.PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void twoDifferentNewPasswordsAreRefusedBesideTheRepetition() throws Exception {
        String username = staff.newUser();
        SignedIn session = SignedIn.as(mvc, username, StaffFixtures.PASSWORD);

        mvc.perform(change(session, StaffFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"repeatPassword-error\" class=\"error\">"
                        + message("password.mismatch", "en") + "</span>")));
    }

    @Test
    void aTooShortNewPasswordIsRefusedBesideTheNewPassword() throws Exception {
        String username = staff.newUser();
        SignedIn session = SignedIn.as(mvc, username, StaffFixtures.PASSWORD);

        mvc.perform(change(session, StaffFixtures.PASSWORD, "short", "short").header("Accept-Language", "uz-Cyrl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"newPassword-error\" class=\"error\">"
                        + messages.getMessage("password.tooShort", new Object[] {10}, Locale.forLanguageTag("uz-Cyrl"))
                        + "</span>")));
    }

    @Test
    void someoneWithAOneTimePasswordIsKeptOnThePasswordPageUntilTheyChooseTheirOwn() throws Exception {
        String username = newUserWhoMustChangePassword();
        SignedIn session = SignedIn.as(mvc, username, StaffFixtures.PASSWORD);
        assertThat(session.redirectedTo()).isEqualTo("/account/password");

        mvc.perform(get("/dashboard").cookie(session.cookies()))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session.cookies()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("account.password.forced", "en"))));

        mvc.perform(change(session, StaffFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/dashboard"));

        mvc.perform(get("/dashboard").cookie(session.cookies()))
                .andExpect(status().isOk());
        assertThat(users.byUsername(username).orElseThrow().mustChangePassword()).isFalse();
    }

    private MockHttpServletRequestBuilder change(SignedIn session, String current, String replacement,
            String repeat) {
        return post("/account/password").with(csrf()).cookie(session.cookies())
                .param("currentPassword", current)
                .param("newPassword", replacement)
                .param("repeatPassword", repeat);
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private String newUserWhoMustChangePassword() {
        String username = "forced" + System.nanoTime() % 1_000_000_000;
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Forced " + username);
        form.setRoles(EnumSet.of(Role.CASE_WORKER));
        form.setOfficeIds(Set.of(offices.byCode("HQ").orElseThrow().id()));
        accounts.createWithPassword(form, StaffFixtures.PASSWORD, true);
        return username;
    }
}
