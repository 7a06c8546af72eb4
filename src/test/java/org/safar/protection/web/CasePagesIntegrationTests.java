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

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

    @Test
    void theWorkerListFollowsTheOfficeChosenOnTheForm() throws Exception {
        String headquarters = staff.newUser(Role.CASE_WORKER);
        String almaty = staff.newUserIn("KZ-ALA", Role.CASE_WORKER);
        String moscow = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        long me = cases.user(headquarters).id();

        String field = mvc.perform(get("/cases/workers").with(as(headquarters)).param("owningOfficeId",
                officeId("KZ-ALA")).param("assignedWorkerId", Long.toString(me)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(field).startsWith("<div class=\"field\" id=\"worker-field\"").contains("Test " + almaty)
                .doesNotContain("Test " + moscow).doesNotContain("<html")
                .containsPattern("<option value=\"" + me + "\" selected=\"selected\">");
        String form = mvc.perform(get("/cases/new").with(as(headquarters))).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("hx-get=\"/cases/workers\"", "hx-target=\"#worker-field\"");
    }

    @Test
    void theWorkerListIsOnlyForOfficesTheUserMayOpenCasesIn() throws Exception {
        String moscow = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        String almaty = staff.newUserIn("KZ-ALA", Role.CASE_WORKER);

        mvc.perform(get("/cases/workers").with(as(moscow)).param("owningOfficeId", officeId("KZ-ALA")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Test " + almaty))));
        mvc.perform(get("/cases/workers").with(as("auditor")).param("owningOfficeId", officeId("KZ-ALA")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases/workers").with(as(moscow)).param("owningOfficeId", officeId("RU-MOW")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Test " + moscow)));
    }

    @Test
    void aWorkerOfAnotherOfficeIsRefusedOnTheFieldAndTheRestOfTheFormIsKept() throws Exception {
        String headquarters = staff.newUser(Role.CASE_WORKER);
        String moscow = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        String summary = "Stranded in Almaty without money " + System.nanoTime();

        String page = mvc.perform(post("/cases/new").with(as(headquarters)).with(csrf())
                .header("Accept-Language", "en").param("typeId", typeId("STRANDED"))
                .param("summary", summary).param("country", "KZ").param("city", "Almaty")
                .param("source", "HOTLINE").param("riskLevel", "HIGH").param("vulnerabilities", "PREGNANCY")
                .param("owningOfficeId", officeId("KZ-ALA"))
                .param("assignedWorkerId", Long.toString(cases.user(moscow).id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Case worker: Test " + moscow
                + " does not work on the cases of Consulate General in Almaty.")
                .contains("aria-invalid=\"true\"", summary, "value=\"Almaty\"")
                .containsPattern("value=\"PREGNANCY\"[^>]* checked=\"checked\"")
                .containsPattern("<option value=\"" + officeId("KZ-ALA") + "\" selected=\"selected\"");
        assertThat(page.substring(page.indexOf("id=\"assignedWorkerId\""))).doesNotContain("Test " + moscow + "<");
        assertThat(jdbc.sql("select count(*) from protection_case where summary = ?").param(summary)
                .query(Long.class).single()).isZero();
    }

    @Test
    void correctingACaseRefusesAWorkerOfAnotherOffice() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        String almaty = staff.newUserIn("KZ-ALA", Role.CASE_WORKER);
        ProtectionCase c = cases.rightsCase(consul);

        String page = mvc.perform(post("/cases/" + c.id() + "/edit").with(as(consul)).with(csrf())
                .header("Accept-Language", "ru").param("typeId", Long.toString(c.typeId()))
                .param("summary", "Corrected summary").param("source", "WALK_IN").param("riskLevel", "LOW")
                .param("owningOfficeId", Long.toString(c.owningOfficeId()))
                .param("assignedWorkerId", Long.toString(cases.user(almaty).id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Куратор дела: Test " + almaty + " не ведёт дела офиса «Генеральное консульство в Москве»",
                "Corrected summary");
        assertThat(jdbc.sql("select assigned_worker_id from protection_case where id = ?").param(c.id())
                .query(Long.class).single()).isEqualTo(cases.user(consul).id());
    }

    private String officeId(String code) {
        return jdbc.sql("select id from office where code = ?").param(code).query(Long.class).single().toString();
    }

    private String typeId(String code) {
        return Long.toString(types.byCode(code).orElseThrow().id());
    }

    private String officeOf(String username) {
        return ((org.safar.platform.security.StaffUser) userDetails.loadUserByUsername(username)).officeIds()
                .iterator().next().toString();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
