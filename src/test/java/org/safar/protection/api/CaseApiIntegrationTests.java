package org.safar.protection.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.protection.ProtectionCaseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The cases API: open, read, work a case through its plan; bad input answered field by field in the caller's language. */
@SafarIntegrationTest
@Import({ ProtectionCaseFixtures.class, StaffFixtures.class })
class CaseApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProtectionCaseFixtures fixtures;

    @Autowired
    StaffFixtures staff;

    @Test
    void aCaseIsOpenedAndWorkedThroughTheApi() throws Exception {
        long person = fixtures.aPerson().value();
        String body = """
                {"typeCode":"TRAFFICKING","subtypeCode":"LABOUR_EXPLOITATION","summary":"Held on a farm near Kazan",
                 "country":"ru","city":"Kazan","source":"HOTLINE","riskLevel":"CRITICAL",
                 "vulnerabilities":["CHILD"],"persons":[{"personId":%d,"role":"PRINCIPAL"}]}""".formatted(person);
        String created = mvc.perform(as("consul", post("/api/v1/cases")).contentType(MediaType.APPLICATION_JSON)
                .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(startsWith("CASE-")))
                .andExpect(jsonPath("$.status").value("INTAKE"))
                .andExpect(jsonPath("$.restricted").value(true))
                .andExpect(jsonPath("$.country").value("RU"))
                .andExpect(jsonPath("$.owningOfficeCode").value("RU-MOW"))
                .andExpect(jsonPath("$.persons[0].personId").value(person))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*", "$1").trim());

        mvc.perform(json("consul", post("/api/v1/cases/" + id + "/transitions"), "{\"to\":\"ASSESSMENT\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSESSMENT"));
        mvc.perform(json("consul", post("/api/v1/cases/" + id + "/assessment"),
                "{\"domain\":\"SAFETY\",\"severity\":\"CRITICAL\",\"description\":\"Threats\"}"))
                .andExpect(jsonPath("$.needs[0].domain").value("SAFETY"));
        mvc.perform(json("consul", post("/api/v1/cases/" + id + "/transitions"), "{\"to\":\"PLAN\"}"))
                .andExpect(jsonPath("$.status").value("PLAN"));
        mvc.perform(json("consul", post("/api/v1/cases/" + id + "/plan/goals"),
                "{\"domain\":\"RETURN\",\"description\":\"Safe return\"}"))
                .andExpect(jsonPath("$.goals[0].description").value("Safe return"));
        String goals = mvc.perform(as("consul", get("/api/v1/cases/" + id))).andReturn().getResponse()
                .getContentAsString();
        long goal = Long.parseLong(goals.replaceAll("(?s).*\"goals\":\\[\\{\"id\":(\\d+),.*", "$1"));
        mvc.perform(json("consul", post("/api/v1/cases/" + id + "/plan/goals/" + goal + "/actions"),
                "{\"description\":\"Travel document\",\"ownerId\":%d,\"dueOn\":\"%s\"}"
                        .formatted(fixtures.user("consul").id(), LocalDate.now().plusDays(3))))
                .andExpect(jsonPath("$.goals[0].actions[0].description").value("Travel document"));
        mvc.perform(json("consul", post("/api/v1/cases/" + id + "/services"),
                "{\"type\":\"SHELTER\",\"providerName\":\"Shelter\",\"deliveredOn\":\"%s\",\"costMinor\":15000,"
                        .formatted(LocalDate.now()) + "\"currency\":\"USD\"}"))
                .andExpect(jsonPath("$.services[0].costMinor").value(15000));
        mvc.perform(json("consul", post("/api/v1/cases/" + id + "/tasks"),
                "{\"title\":\"Call the shelter\",\"dueOn\":\"%s\",\"assigneeId\":%d}"
                        .formatted(LocalDate.now().plusDays(1), fixtures.user("consul").id())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].title").value("Call the shelter"));
        mvc.perform(json("consul", post("/api/v1/cases/" + id + "/notes"), "{\"body\":\"Met her at the shelter\"}"))
                .andExpect(status().isCreated());
        mvc.perform(json("consul", put("/api/v1/cases/" + id), body.replace("CRITICAL", "HIGH")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.riskLevel").value("HIGH"));
        mvc.perform(json("consul", post("/api/v1/cases/" + id + "/transitions"), "{\"to\":\"IN_SERVICE\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("case.transition.approveSupervisorOnly"));
    }

    @Test
    void aColleagueJoinsARestrictedCaseTeamThroughTheApiAndLosesItWhenTakenOff() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        String colleague = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        String almaty = staff.newUserIn("KZ-ALA", Role.CASE_WORKER);
        long id = fixtures.open(consul, "TRAFFICKING", "LABOUR_EXPLOITATION", true).id();
        long colleagueId = fixtures.user(colleague).id();

        mvc.perform(as(colleague, get("/api/v1/cases/" + id))).andExpect(status().isNotFound());
        mvc.perform(json(consul, post("/api/v1/cases/" + id + "/team"), "{\"userId\":%d}".formatted(colleagueId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.team[*].userId").value(hasItem((int) colleagueId)));
        mvc.perform(as(colleague, get("/api/v1/cases/" + id))).andExpect(status().isOk());

        mvc.perform(json(consul, post("/api/v1/cases/" + id + "/team"),
                        "{\"userId\":%d}".formatted(fixtures.user(almaty).id())).header("Accept-Language", "ru"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("case.worker.invalid"));
        mvc.perform(json(consul, post("/api/v1/cases/" + id + "/team"), "{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("userId"));
        mvc.perform(as(consul, delete("/api/v1/cases/" + id + "/team/" + fixtures.user(consul).id())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.team.assignedWorkerStays"));
        mvc.perform(as("auditor", delete("/api/v1/cases/" + id + "/team/" + colleagueId)))
                .andExpect(status().isForbidden());
        mvc.perform(as(almaty, delete("/api/v1/cases/" + id + "/team/" + colleagueId)))
                .andExpect(status().isNotFound());

        mvc.perform(as(consul, delete("/api/v1/cases/" + id + "/team/" + colleagueId)))
                .andExpect(status().isNoContent());
        mvc.perform(as(colleague, get("/api/v1/cases/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(consul, get("/api/v1/cases/" + id))).andExpect(jsonPath("$.team").isEmpty());
    }

    @Test
    void invalidFieldsAreListedInTheCallersLanguage() throws Exception {
        mvc.perform(json("consul", post("/api/v1/cases"), "{\"country\":\"Russia\"}").header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("typeCode")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Опишите, что произошло.")))
                .andExpect(jsonPath("$.errors[*].message")
                        .value(hasItem("Введите двухбуквенный код страны, например RU или KZ.")));
        mvc.perform(as("consul", get("/api/v1/cases")).param("status", "SOMEWHERE"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("status"));
        mvc.perform(json("consul", post("/api/v1/cases"), """
                {"typeCode":"NO_SUCH_TYPE","summary":"x","source":"WALK_IN","riskLevel":"LOW"}"""))
                .andExpect(status().is(422)).andExpect(jsonPath("$.code").value("case.type.invalid"));
    }

    @Test
    void theCasesApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(jsonPath("$.paths['/api/v1/cases'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/transitions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/services'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/team'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/team/{userId}'].delete").exists());
    }

    private MockHttpServletRequestBuilder json(String username, MockHttpServletRequestBuilder request, String body) {
        return as(username, request).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", fixtures.bearer(username));
    }
}
