package org.safar.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.protection.ProtectionCaseFixtures;
import org.safar.protection.cases.ProtectionCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who sees which case: an office's staff its cases, headquarters all, a restricted case only its team and
 * supervisors (every read audited), auditors read only, other roles nothing — through pages, the API, the list and
 * the export alike. A case out of reach answers 404, exactly like one that does not exist.
 */
@SafarIntegrationTest
@Import({ ProtectionCaseFixtures.class, StaffFixtures.class })
class CaseAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProtectionCaseFixtures cases;

    @Autowired
    StaffFixtures staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.safar.protection.cases.Casework casework;

    @Test
    void aCaseWorkerOfAnotherOfficeCannotOpenTheCaseByUrlOrApi() throws Exception {
        ProtectionCase moscow = cases.rightsCase("consul");
        String almaty = staff.newUserIn("KZ-ALA", Role.CASE_WORKER);

        mvc.perform(get("/cases/" + moscow.id()).with(as(almaty))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + moscow.id() + "/edit").with(as(almaty))).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + moscow.id() + "/notes").with(as(almaty)).with(csrf()).param("body", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(api(get("/api/v1/cases/" + moscow.id()), almaty)).andExpect(status().isNotFound());
        mvc.perform(api(post("/api/v1/cases/" + moscow.id() + "/transitions"), almaty)
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"ASSESSMENT\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(api(get("/api/v1/cases").param("text", moscow.reference()), almaty))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/cases").param("text", moscow.reference()).with(as(almaty)))
                .andExpect(content().string(not(containsString("href=\"/cases/" + moscow.id() + "\""))));
        assertThat(noteCount(moscow.id())).isZero();
    }

    @Test
    void theOfficesOwnStaffAndHeadquartersSeeTheCase() throws Exception {
        ProtectionCase moscow = cases.rightsCase("consul");
        String colleague = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        String headquarters = staff.newUserIn("HQ", Role.CASE_WORKER);

        mvc.perform(get("/cases/" + moscow.id()).with(as(colleague))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + moscow.id()).with(as(headquarters))).andExpect(status().isOk());
        mvc.perform(api(get("/api/v1/cases").param("text", moscow.reference()), headquarters))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aSupervisorSeesTheirOfficesCasesOnly() throws Exception {
        ProtectionCase moscow = cases.rightsCase("consul");
        ProtectionCase samarkand = cases.rightsCase("caseworker");

        mvc.perform(get("/cases/" + samarkand.id()).with(as("supervisor"))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + moscow.id()).with(as("supervisor"))).andExpect(status().isNotFound());
    }

    @Test
    void aRestrictedCaseIsSeenOnlyByItsTeamAndSupervisorsAndEveryReadIsAudited() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        ProtectionCase trafficking = cases.traffickingCase(consul);
        assertThat(trafficking.restricted()).as("trafficking is restricted by default").isTrue();
        String colleague = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        String headquartersWorker = staff.newUserIn("HQ", Role.CASE_WORKER);
        String moscowSupervisor = staff.newUserIn("RU-MOW", Role.SUPERVISOR);
        String headquartersSupervisor = staff.newUserIn("HQ", Role.SUPERVISOR);

        long readsBefore = reads(trafficking.reference());
        mvc.perform(get("/cases/" + trafficking.id()).with(as(consul))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + trafficking.id()).with(as(moscowSupervisor))).andExpect(status().isOk());
        mvc.perform(api(get("/api/v1/cases/" + trafficking.id()), headquartersSupervisor))
                .andExpect(status().isOk());
        assertThat(reads(trafficking.reference())).isEqualTo(readsBefore + 3);

        for (String outsider : List.of(colleague, headquartersWorker, "auditor", "supervisor")) {
            mvc.perform(get("/cases/" + trafficking.id()).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(api(get("/api/v1/cases/" + trafficking.id()), outsider)).andExpect(status().isNotFound());
            mvc.perform(api(get("/api/v1/cases").param("text", trafficking.reference()), outsider))
                    .andExpect(jsonPath("$.total").value(0));
        }
    }

    @Test
    void aColleagueTakenOffTheTeamOfARestrictedCaseLosesItFromPageAndList() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        String colleague = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        long colleagueId = cases.user(colleague).id();
        ProtectionCase trafficking = cases.traffickingCase(consul);
        mvc.perform(post("/cases/" + trafficking.id() + "/team").with(as(consul)).with(csrf())
                .param("userId", Long.toString(colleagueId))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + trafficking.id()).with(as(colleague))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + trafficking.id()).with(as(consul)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("/cases/" + trafficking.id() + "/team/" + colleagueId
                        + "/remove")))
                .andExpect(content().string(containsString("Remove Test " + colleague + " from the team")));

        mvc.perform(post("/cases/" + trafficking.id() + "/team/" + colleagueId + "/remove").with(as(consul))
                .with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "Removed from the team."));

        mvc.perform(get("/cases/" + trafficking.id()).with(as(colleague))).andExpect(status().isNotFound());
        mvc.perform(get("/cases").param("text", trafficking.reference()).with(as(colleague)))
                .andExpect(content().string(not(containsString("href=\"/cases/" + trafficking.id() + "\""))));
        mvc.perform(get("/cases/" + trafficking.id()).with(as(consul)))
                .andExpect(content().string(not(containsString("team/" + colleagueId + "/remove"))));
    }

    @Test
    void onlyAWriterWhoSeesTheCaseTakesSomeoneOffItsTeam() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        String colleague = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        long colleagueId = cases.user(colleague).id();
        ProtectionCase moscow = cases.rightsCase(consul);
        cases.as(consul, () -> {
            casework.addToTeam(moscow.id(), colleagueId);
            return null;
        });
        String almaty = staff.newUserIn("KZ-ALA", Role.CASE_WORKER);
        String remove = "/cases/" + moscow.id() + "/team/" + colleagueId + "/remove";

        mvc.perform(post(remove).with(as("auditor")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(remove).with(as(almaty)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + moscow.id()).with(as("auditor")))
                .andExpect(content().string(containsString("Test " + colleague)))
                .andExpect(content().string(not(containsString(remove))));
        assertThat(teamOf(moscow.id())).contains(colleagueId);
    }

    @Test
    void theAssignedWorkerIsNotRemovedFromTheTeamButReassignedOnTheForm() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        String supervisor = staff.newUserIn("RU-MOW", Role.SUPERVISOR);
        ProtectionCase trafficking = cases.traffickingCase(consul);

        mvc.perform(post("/cases/" + trafficking.id() + "/team/" + cases.user(consul).id() + "/remove")
                .with(as(supervisor)).with(csrf()).header("Accept-Language", "ru"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refused", containsString("Куратор дела остаётся в команде")));
        mvc.perform(get("/cases/" + trafficking.id()).with(as(consul))).andExpect(status().isOk());
    }

    @Test
    void leavingTheTeamOfARestrictedCaseLeadsBackToTheList() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        String colleague = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        long colleagueId = cases.user(colleague).id();
        ProtectionCase trafficking = cases.traffickingCase(consul);
        cases.as(consul, () -> {
            casework.addToTeam(trafficking.id(), colleagueId);
            return null;
        });

        mvc.perform(post("/cases/" + trafficking.id() + "/team/" + colleagueId + "/remove").with(as(colleague))
                .with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases"))
                .andExpect(flash().attribute("saved", "Removed from the team."));
    }

    @Test
    void confidentialNotesAreForTheTeamAndSupervisorsOnly() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        ProtectionCase moscow = cases.rightsCase(consul);
        String colleague = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        String moscowSupervisor = staff.newUserIn("RU-MOW", Role.SUPERVISOR);
        mvc.perform(post("/cases/" + moscow.id() + "/notes").with(as(consul)).with(csrf())
                .param("body", "She named the recruiter: secret-name-7").param("confidential", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/cases/" + moscow.id()).with(as(consul)))
                .andExpect(content().string(containsString("secret-name-7")));
        mvc.perform(get("/cases/" + moscow.id()).with(as(moscowSupervisor)))
                .andExpect(content().string(containsString("secret-name-7")));
        mvc.perform(get("/cases/" + moscow.id()).with(as(colleague)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("secret-name-7"))));
        mvc.perform(api(get("/api/v1/cases/" + moscow.id() + "/notes"), colleague))
                .andExpect(content().string(not(containsString("secret-name-7"))));
    }

    @Test
    void aPersonsProfileListsOnlyTheCasesTheReaderMaySee() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        ProtectionCase open = cases.rightsCase(consul);
        ProtectionCase restricted = cases.traffickingCase(consul);
        long person = jdbc.sql("select person_id from protection_case_person where case_id = ?").param(open.id())
                .query(Long.class).single();
        cases.as(consul, () -> {
            casework.addPerson(restricted.id(), org.safar.people.PersonId.of(person),
                    org.safar.protection.cases.PersonRole.FAMILY_MEMBER);
            return null;
        });
        String colleague = staff.newUserIn("RU-MOW", Role.CASE_WORKER);

        mvc.perform(get("/people/" + person).with(as(consul))).andExpect(status().isOk())
                .andExpect(content().string(containsString(open.reference())))
                .andExpect(content().string(containsString(restricted.reference())))
                .andExpect(content().string(containsString("/cases/new?person=" + person)));
        mvc.perform(get("/people/" + person).with(as(colleague)))
                .andExpect(content().string(containsString(open.reference())))
                .andExpect(content().string(not(containsString(restricted.reference()))));
        mvc.perform(get("/people/" + person).with(as("caseworker")))
                .andExpect(content().string(not(containsString(open.reference()))));
    }

    @Test
    void anAuditorReadsButChangesNothing() throws Exception {
        ProtectionCase samarkand = cases.rightsCase("caseworker");

        mvc.perform(get("/cases/" + samarkand.id()).with(as("auditor"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("note-form"))));
        mvc.perform(post("/cases/" + samarkand.id() + "/notes").with(as("auditor")).with(csrf())
                .param("body", "x")).andExpect(status().isForbidden());
        mvc.perform(api(post("/api/v1/cases/" + samarkand.id() + "/notes"), "auditor")
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases/new").with(as("auditor"))).andExpect(status().isForbidden());
        assertThat(noteCount(samarkand.id())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "analyst", "partner", "admin", "licensing", "agency", "programme" })
    void rolesWithoutCaseWorkSeeNoCases(String username) throws Exception {
        mvc.perform(get("/cases").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/my-work").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/cases"), username)).andExpect(status().isForbidden());
    }

    @Test
    void theExportHoldsOnlyCasesTheReaderMayOpen() throws Exception {
        ProtectionCase moscow = cases.rightsCase("consul");
        ProtectionCase samarkand = cases.rightsCase("caseworker");

        List<String> references = exported("caseworker");

        assertThat(references).contains(samarkand.reference()).doesNotContain(moscow.reference());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CASES_EXPORTED' and actor = 'caseworker'")
                .query(Long.class).single()).isPositive();
    }

    private List<String> exported(String username) throws Exception {
        byte[] xlsx = mvc.perform(get("/cases/export.xlsx").with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read().stream().skip(1).map(row -> row.getCellText(0)).toList();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long reads(String reference) {
        return jdbc.sql("select count(*) from audit_event where action = 'CASE_VIEWED' and entity_id = ?")
                .param(reference).query(Long.class).single();
    }

    private List<Long> teamOf(long caseId) {
        return jdbc.sql("select user_id from protection_case_team where case_id = ?").param(caseId)
                .query(Long.class).list();
    }

    private long noteCount(long caseId) {
        return jdbc.sql("select count(*) from protection_case_note where case_id = ?").param(caseId)
                .query(Long.class).single();
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String username) {
        return request.header("Authorization", cases.bearer(username));
    }

    private RequestPostProcessor as(String username) {
        return user(cases.user(username));
    }
}
