package org.safar.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.UserAccount;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SafarIntegrationTest
@Import(StaffFixtures.class)
@WithUserDetails("admin")
class UserAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    Users users;

    @Autowired
    Offices offices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesAnAccountWhoseOneTimePasswordLogsInAndMustBeChanged() throws Exception {
        String username = "new-" + System.nanoTime() % 1_000_000;
        var created = mvc.perform(post("/admin/users/new").with(csrf()).header("Accept-Language", "en")
                        .param("username", username).param("fullName", "Aziza Karimova")
                        .param("email", "aziza@example.org").param("roles", "CASE_WORKER")
                        .param("officeIds", office("UZ-SA")).param("enabled", "true").param("_enabled", "on"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/one-time-password"))
                .andReturn();
        String password = (String) created.getModelAndView().getModel().get("oneTimePassword");
        assertThat(created.getResponse().getContentAsString()).contains("class=\"secret\">" + password + "<")
                .contains("At first login the user must replace it");
        UserAccount account = users.byUsername(username).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.CASE_WORKER);
        assertThat(account.mustChangePassword()).isTrue();

        logIn(username, password)
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void anInvalidAccountFormShowsTranslatedErrorsBesideTheFieldsAndKeepsWhatWasTyped() throws Exception {
        long before = users.count();
        String page = mvc.perform(invalidAccount("en"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/user-form"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Use 3 to 64 characters", "Enter a valid e-mail address.",
                        "Choose at least one role.", "aria-invalid=\"true\"", "value=\"Aziza Karimova\"",
                        "value=\"not-an-email\"")
                .containsPattern("value=\"" + office("UZ-SA") + "\"[^>]*checked=\"checked\"");
        mvc.perform(invalidAccount("ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Введите правильный адрес электронной почты."),
                        containsString("Выберите хотя бы одну роль."),
                        containsString("value=\"Aziza Karimova\""))));
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void aTakenUserNameIsRefusedBesideTheField() throws Exception {
        mvc.perform(post("/admin/users/new").with(csrf()).header("Accept-Language", "en")
                        .param("username", "caseworker").param("fullName", "Someone Else")
                        .param("roles", "ADMIN").param("officeIds", office("HQ")))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/user-form"))
                .andExpect(content().string(containsString("The user name caseworker is already taken.")));
        UserAccount caseworker = users.byUsername("caseworker").orElseThrow();
        assertThat(caseworker.fullName()).isNotEqualTo("Someone Else");
        assertThat(caseworker.roles()).doesNotContain(Role.ADMIN);
    }

    @Test
    void anAdministratorChangesRolesAndOfficesAndTheChangeIsAudited() throws Exception {
        UserAccount account = users.byUsername(staff.newUser(Role.CASE_WORKER)).orElseThrow();
        mvc.perform(get("/admin/users/" + account.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(account.username())));

        mvc.perform(post("/admin/users/" + account.id()).with(csrf())
                        .param("username", "renamed-by-hand").param("fullName", "Changed Name")
                        .param("roles", "SUPERVISOR", "ANALYST")
                        .param("officeIds", office("UZ-SA"), office("UZ-QA"))
                        .param("enabled", "true").param("_enabled", "on"))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));

        UserAccount changed = users.byId(account.id()).orElseThrow();
        assertThat(changed.username()).isEqualTo(account.username());
        assertThat(changed.fullName()).isEqualTo("Changed Name");
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.ANALYST);
        assertThat(changed.officeIds()).containsExactlyInAnyOrder(Long.valueOf(office("UZ-SA")),
                Long.valueOf(office("UZ-QA")));
        assertThat(audited("USER_UPDATED", account.id())).isEqualTo(1);
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        UserAccount account = users.byUsername(staff.newUser(Role.ANALYST)).orElseThrow();
        mvc.perform(post("/admin/users/" + account.id()).with(csrf())
                        .param("fullName", account.fullName()).param("roles", "ANALYST")
                        .param("officeIds", office("HQ")).param("_enabled", "on"))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));

        assertThat(users.byId(account.id()).orElseThrow().enabled()).isFalse();
        assertThat(audited("USER_DISABLED", account.id())).isEqualTo(1);
        logIn(account.username(), StaffFixtures.PASSWORD)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void aPasswordResetGivesAOneTimePasswordThatReplacesTheOldOne() throws Exception {
        String username = staff.newUser(Role.TRAINER);
        long id = users.byUsername(username).orElseThrow().id();
        mvc.perform(get("/admin/users/" + id))
                .andExpect(content().string(containsString("data-confirm=")));
        var reset = mvc.perform(post("/admin/users/" + id + "/reset-password").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/one-time-password"))
                .andReturn();
        String password = (String) reset.getModelAndView().getModel().get("oneTimePassword");

        logIn(username, StaffFixtures.PASSWORD).andExpect(unauthenticated());
        logIn(username, password)
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(audited("PASSWORD_RESET", id)).isEqualTo(1);
    }

    @Test
    void theListFindsAnAccountByNameRoleAndOffice() throws Exception {
        mvc.perform(get("/admin/users").param("q", "supervisor").param("role", "SUPERVISOR")
                        .param("office", office("UZ-SA")).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nodira Yusupova"),
                        containsString("Самаркандская область"), not(containsString("Jasur Toshmatov")))));
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/987654321")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/987654321/reset-password").with(csrf())).andExpect(status().isNotFound());
    }

    /** Logs in from a fresh browser: the administrator of this test is no longer signed in afterwards. */
    private ResultActions logIn(String username, String password) throws Exception {
        TestSecurityContextHolder.clearContext();
        return mvc.perform(formLogin("/login").user(username).password(password));
    }

    private MockHttpServletRequestBuilder invalidAccount(String language) {
        return post("/admin/users/new").with(csrf()).header("Accept-Language", language)
                .param("username", "Not Valid!").param("fullName", "Aziza Karimova")
                .param("email", "not-an-email").param("officeIds", office("UZ-SA"));
    }

    private String office(String code) {
        return String.valueOf(offices.byCode(code).orElseThrow().id());
    }

    private long audited(String action, long userId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and entity_id = ? and actor = 'admin'")
                .params(action, String.valueOf(userId)).query(Long.class).single();
    }
}
