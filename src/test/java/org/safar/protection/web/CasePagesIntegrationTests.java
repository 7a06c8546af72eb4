package org.safar.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.protection.ProtectionCaseFixtures;
import org.safar.protection.cases.Casework;
import org.safar.protection.cases.ProtectionCase;
import org.springframework.context.annotation.Import;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.protection.cases.CaseTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case pages render for the people who work with cases, and each form does what it says. */
@SafarIntegrationTest
@Import({ ProtectionCaseFixtures.class, StaffFixtures.class })
class CasePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    CaseTypes types;

    @Autowired
    ProtectionCaseFixtures cases;

    @Autowired
    StaffFixtures staff;

    @Autowired
    Casework casework;

    @Test
    void aConsularOfficerOpensACaseAndSeesItsPage() throws Exception {
        long type = types.byCode("RIGHTS_VIOLATION").orElseThrow().id();
        String location = mvc.perform(post("/cases/new").with(as("consul")).with(csrf())
                .param("typeId", Long.toString(type)).param("summary", "Wages unpaid for three months")
                .param("country", "RU").param("city", "Moscow").param("source", "WALK_IN")
                .param("riskLevel", "MEDIUM").param("owningOfficeId", officeOf("consul")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/cases/\\d+\\?opened");
        mvc.perform(get(location).with(as("consul"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Wages unpaid")));
        mvc.perform(get("/cases").with(as("consul"))).andExpect(status().isOk());
        mvc.perform(get("/cases/new").with(as("consul"))).andExpect(status().isOk());
        mvc.perform(get("/my-work").with(as("consul"))).andExpect(status().isOk());
        mvc.perform(get("/cases/export.xlsx").with(as("consul"))).andExpect(status().isOk());
        mvc.perform(get("/admin/case-types").with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void myWorkShowsMyTasksWithTheOverdueOnesMarked() throws Exception {
        String worker = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        ProtectionCase c = cases.rightsCase(worker);
        long me = cases.user(worker).id();
        cases.as(worker, () -> {
            casework.addTask(c.id(), "Call the employer back", LocalDate.now().minusDays(2), me);
            return casework.addTask(c.id(), "Visit the dormitory", LocalDate.now().plusDays(3), me);
        });

        String page = mvc.perform(get("/my-work").with(user(cases.user(worker)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(c.reference(), "Visit the dormitory");
        assertThat(page).containsPattern("<li class=\"overdue\">\\s*<span>Call the employer back</span>");
        mvc.perform(get("/cases").param("overdue", "true").param("text", c.reference())
                .with(user(cases.user(worker)))).andExpect(content().string(
                        org.hamcrest.Matchers.containsString(c.reference())));
    }

    @Test
    void aRefusedFormSaysWhyOnTheCasePageAndChangesNothing() throws Exception {
        ProtectionCase c = cases.rightsCase("caseworker");

        mvc.perform(post("/cases/" + c.id() + "/move").with(as("caseworker")).with(csrf()).param("to", "PLAN")
                .header("Accept-Language", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("refused", org.hamcrest.Matchers.containsString("cannot move")));
        assertThat(cases.as("caseworker", () -> casework.move(c.id(), org.safar.protection.CaseStatus.ASSESSMENT,
                null, null)).status()).isEqualTo(org.safar.protection.CaseStatus.ASSESSMENT);
    }

    @Test
    void theListFiltersByWorkerSortsAndPages() throws Exception {
        String worker = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        java.util.List<ProtectionCase> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 27; i++) {
            mine.add(cases.rightsCase(worker));
        }
        String workerId = Long.toString(cases.user(worker).id());

        String first = mvc.perform(get("/cases").with(as(worker)).param("worker", workerId)
                .param("sort", "REFERENCE").header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/cases").with(as(worker)).param("worker", workerId)
                .param("sort", "REFERENCE").param("page", "2")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(first).contains("27 cases", "Page 1 of 2", mine.get(0).reference(), mine.get(24).reference())
                .doesNotContain(mine.get(25).reference());
        assertThat(second).contains(mine.get(25).reference(), mine.get(26).reference())
                .doesNotContain(">" + mine.get(0).reference() + "<");
    }

    @Test
    void anAdministratorAddsASubtypeThatIsThenOfferedWhenOpeningACase() throws Exception {
        long trafficking = types.byCode("TRAFFICKING").orElseThrow().id();
        String code = "ORGAN_REMOVAL_" + System.nanoTime() % 100_000;

        mvc.perform(post("/admin/case-types").with(as("admin")).with(csrf()).param("code", code)
                .param("parentId", Long.toString(trafficking)).param("nameUz", "Aʼzolarni olish uchun")
                .param("nameUzCyrl", "Аъзоларни олиш учун").param("nameRu", "С целью изъятия органов")
                .param("nameEn", "Organ removal").param("restrictedByDefault", "true").param("active", "true")
                .param("sortOrder", "5")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/case-types").with(as("admin")).with(csrf()).param("code", code)
                .param("nameUz", "x").param("nameUzCyrl", "x").param("nameRu", "x").param("nameEn", "x")
                .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(
                        org.hamcrest.Matchers.containsString("This code is already used.")));

        mvc.perform(get("/cases/new").with(as("consul")).header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Organ removal")));
        mvc.perform(get("/admin/case-types").with(as("consul"))).andExpect(status().isForbidden());
    }

    private String officeOf(String username) {
        return ((org.safar.platform.security.StaffUser) userDetails.loadUserByUsername(username)).officeIds()
                .iterator().next().toString();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
