package org.safar.platform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@SafarIntegrationTest
@Import(StaffFixtures.class)
class AccountPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    Users users;

    @Autowired
    MessageSource messages;

    @Test
    void myAccountShowsWhoIAmWithTranslatedRoles() throws Exception {
        String username = staff.newUser(Role.LICENSING_OFFICER, Role.ANALYST);
        SignedIn session = SignedIn.as(mvc, username, StaffFixtures.PASSWORD);

        Locale russian = Locale.forLanguageTag("ru");
        mvc.perform(get("/account").cookie(session.cookies()).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + username)))
                .andExpect(content().string(containsString(messages.getMessage("role.LICENSING_OFFICER", null, russian))))
                .andExpect(content().string(containsString(messages.getMessage("role.ANALYST", null, russian))))
                .andExpect(content().string(containsString("href=\"/account/password\"")))
                .andExpect(content().string(containsString("href=\"/account/tokens\"")));
    }

    @Test
    void theLanguageChosenOnMyAccountIsUsedAtTheNextLogin() throws Exception {
        String username = staff.newUser();
        SignedIn first = SignedIn.as(mvc, username, StaffFixtures.PASSWORD);

        mvc.perform(post("/account/language").with(csrf()).cookie(first.cookies()).param("language", "ru"))
                .andExpect(redirectedUrl("/account"));
        assertThat(users.byUsername(username).orElseThrow().preferredLocale()).isEqualTo("ru");

        SignedIn next = SignedIn.as(mvc, username, StaffFixtures.PASSWORD);
        mvc.perform(get("/dashboard").cookie(next.cookies()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(messages.getMessage("dashboard.welcome",
                        new Object[] {"Test " + username}, Locale.forLanguageTag("ru")))));
    }

    @Test
    void myAccountPagesAreClosedToAnonymousVisitors() throws Exception {
        for (String page : new String[] {"/account", "/account/password", "/account/tokens"}) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/account/tokens").with(csrf()).param("name", "x"))
                .andExpect(redirectedUrl("/login"));
    }
}
