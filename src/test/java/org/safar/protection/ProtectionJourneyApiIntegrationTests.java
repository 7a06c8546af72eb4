package org.safar.protection;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safar.people.PersonId;
import org.safar.platform.Language;
import org.safar.platform.accounts.Offices;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.platform.accounts.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole journey of a trafficking case through the API, as a consulate's and a regional office's systems would
 * drive it, in each of the four languages: a consular officer in Moscow opens the case, assesses and plans; the
 * consulate's supervisor approves the plan; the victim's consent to referral is recorded and she is referred to a
 * shelter, whose partner accepts and records the stay, which the case then shows; on her return the case is
 * transferred to the Samarkand office, which accepts it, plans her reintegration, has its supervisor approve it,
 * follows it through to monitoring, and its supervisor closes the case. Refusals on the way (a plan approved or a
 * case closed by a worker, a referral without consent, the consulate acting on a case it handed over) come in the
 * caller's language and change nothing.
 */
@SafarIntegrationTest
@Import(StaffFixtures.class)
class ProtectionJourneyApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    StaffFixtures staff;

    @Autowired
    PartnerFixtures fixtures;

    @Autowired
    Offices offices;

    @Autowired
    Users users;

    @Autowired
    MessageSource messages;

    ApiTokens api;

    Language language;

    @BeforeEach
    void api() {
        api = new ApiTokens(tokens, userDetails);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = { "RU", "UZ_LATN", "UZ_CYRL", "EN" })
    void aTraffickingCaseAbroadIsReferredTransferredHomeReintegratedAndClosed(Language language) throws Exception {
        this.language = language;
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        String consulSupervisor = staff.newUserIn("RU-MOW", Role.SUPERVISOR);
        String homeWorker = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        String homeSupervisor = staff.newUserIn("UZ-SA", Role.SUPERVISOR);
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        PersonId victim = fixtures.aPersonWithoutConsent();
        LocalDate today = LocalDate.now();

        String opened = call(consul, post("/api/v1/cases"), """
                {"typeCode":"TRAFFICKING","subtypeCode":"LABOUR_EXPLOITATION",
                 "summary":"Recruited as a cook in Podolsk, passport taken, locked in at night",
                 "country":"RU","city":"Podolsk","employer":"OOO StroyMontazh","source":"CONSULATE",
                 "riskLevel":"CRITICAL","vulnerabilities":["WOMAN_WITH_CHILDREN"],
                 "persons":[{"personId":%d,"role":"PRINCIPAL"}]}""".formatted(victim.value()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INTAKE"))
                .andExpect(jsonPath("$.restricted").value(true))
                .andExpect(jsonPath("$.owningOfficeCode").value("RU-MOW"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(opened, "$.id")).longValue();
        String caseUrl = "/api/v1/cases/" + id;

        move(consul, id, "ASSESSMENT").andExpect(jsonPath("$.status").value("ASSESSMENT"));
        call(consul, post(caseUrl + "/assessment"),
                "{\"domain\":\"SAFETY\",\"severity\":\"CRITICAL\",\"description\":\"Threats from the foreman\"}");
        call(consul, post(caseUrl + "/assessment"),
                "{\"domain\":\"SHELTER\",\"severity\":\"HIGH\",\"description\":\"Nowhere safe to sleep\"}")
                .andExpect(jsonPath("$.needs.length()").value(2));
        move(consul, id, "PLAN").andExpect(jsonPath("$.status").value("PLAN"));
        long returnGoal = goal(consul, id, "RETURN", "Safe return home");
        action(consul, id, returnGoal, "Issue a certificate of return", consul, today.plusDays(5));

        move(consul, id, "IN_SERVICE").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(text("case.transition.approveSupervisorOnly")));
        read(consul, id).andExpect(jsonPath("$.status").value("PLAN"));
        move(consulSupervisor, id, "IN_SERVICE").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_SERVICE"))
                .andExpect(jsonPath("$.planApprovedAt").isNotEmpty());

        String referral = referralBody(id, victim, shelter);
        call(consul, post("/api/v1/referrals"), referral).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("referral.noConsent"))
                .andExpect(jsonPath("$.detail").value(text("referral.noConsent")));
        call(consul, post("/api/v1/people/" + victim.value() + "/consents"),
                "{\"purpose\":\"REFERRAL\",\"given\":true,\"recordedOn\":\"%s\"}".formatted(today))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].purpose").value("REFERRAL"))
                .andExpect(jsonPath("$[0].valid").value(true));
        String sent = call(consul, post("/api/v1/referrals"), referral).andExpect(status().isCreated())
                .andExpect(jsonPath("$.referral.status").value("SENT"))
                .andReturn().getResponse().getContentAsString();
        long referralId = ((Number) JsonPath.read(sent, "$.referral.id")).longValue();

        call(partner, post("/api/v1/referrals/" + referralId + "/accept"), "")
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        call(partner, post("/api/v1/referrals/" + referralId + "/services"), """
                {"serviceType":"SHELTER","deliveredOn":"%s","quantity":3,"note":"Three nights, shared room"}"""
                .formatted(today)).andExpect(status().isCreated());
        call(partner, get(caseUrl), "").andExpect(status().isForbidden());
        read(consul, id).andExpect(jsonPath("$.services.length()").value(1))
                .andExpect(jsonPath("$.services[0].type").value("SHELTER"))
                .andExpect(jsonPath("$.services[0].providerId").value(shelter))
                .andExpect(jsonPath("$.services[0].quantity").value(3))
                .andExpect(jsonPath("$.services[0].referralId").value(referralId))
                .andExpect(jsonPath("$.services[0].referralReference").value(startsWith("REF-")));

        long home = offices.byCode("UZ-SA").orElseThrow().id();
        String transfer = call(consul, post("/api/v1/transfers"), """
                {"caseId":%d,"toOfficeId":%d,"reason":"Flies home to Samarkand on Friday; needs rehabilitation"}"""
                .formatted(id, home)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.transfer.status").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString();
        long transferId = ((Number) JsonPath.read(transfer, "$.transfer.id")).longValue();
        read(consul, id).andExpect(jsonPath("$.owningOfficeCode").value("RU-MOW"));
        call(consul, post("/api/v1/transfers/" + transferId + "/accept"), "").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(text("transfer.notReceivingOffice")));
        call(homeWorker, post("/api/v1/transfers/" + transferId + "/accept"), "")
                .andExpect(jsonPath("$.transfer.status").value("ACCEPTED"));
        read(homeWorker, id).andExpect(jsonPath("$.owningOfficeCode").value("UZ-SA"))
                .andExpect(jsonPath("$.assignedWorkerId").value(users.byUsername(homeWorker).orElseThrow().id()));
        read(consul, id).andExpect(status().isNotFound());

        move(homeWorker, id, "PLAN").andExpect(jsonPath("$.status").value("PLAN"));
        call(homeWorker, post(caseUrl + "/assessment"),
                "{\"domain\":\"EMPLOYMENT\",\"severity\":\"HIGH\",\"description\":\"No income at home\"}");
        long work = goal(homeWorker, id, "EMPLOYMENT", "Back to work: a sewing course and a job in Samarkand");
        long course = action(homeWorker, id, work, "Enrol in the sewing course at the vocational centre",
                homeWorker, today.plusDays(14));
        move(homeWorker, id, "IN_SERVICE").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(text("case.transition.approveSupervisorOnly")));
        move(homeSupervisor, id, "IN_SERVICE").andExpect(jsonPath("$.status").value("IN_SERVICE"));
        call(homeWorker, post(caseUrl + "/plan/actions/" + course + "/done"), "")
                .andExpect(jsonPath("$.goals[?(@.id == %d)].actions[0].doneOn".formatted(work))
                        .value(hasItem(today.toString())));
        call(homeWorker, post(caseUrl + "/services"), """
                {"type":"EDUCATION","providerName":"Samarkand vocational centre","deliveredOn":"%s","quantity":1,
                 "costMinor":120000000,"currency":"UZS"}""".formatted(today))
                .andExpect(status().isOk());
        move(homeWorker, id, "MONITORING").andExpect(jsonPath("$.status").value("MONITORING"));

        move(homeWorker, id, "CLOSED", "RETURNED_AND_REINTEGRATED").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(text("case.transition.closeSupervisorOnly")));
        move(homeSupervisor, id, "CLOSED", null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(text("case.transition.closureReasonRequired")));
        move(homeSupervisor, id, "CLOSED", "RETURNED_AND_REINTEGRATED")
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closureReason").value("RETURNED_AND_REINTEGRATED"))
                .andExpect(jsonPath("$.transitions[*].to").value(contains("INTAKE", "ASSESSMENT", "PLAN",
                        "IN_SERVICE", "PLAN", "IN_SERVICE", "MONITORING", "CLOSED")));
        call(homeWorker, post(caseUrl + "/services"), """
                {"type":"EDUCATION","providerName":"Late entry","deliveredOn":"%s"}""".formatted(today))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(text("case.closed.noChanges")));
    }

    private long goal(String user, long id, String domain, String description) throws Exception {
        String body = call(user, post("/api/v1/cases/" + id + "/plan/goals"),
                "{\"domain\":\"%s\",\"description\":\"%s\"}".formatted(domain, description))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.parse(body)
                .read("$.goals[?(@.description == '%s')].id".formatted(description), java.util.List.class).get(0))
                .longValue();
    }

    private long action(String user, long id, long goal, String description, String owner, LocalDate due)
            throws Exception {
        String body = call(user, post("/api/v1/cases/" + id + "/plan/goals/" + goal + "/actions"),
                "{\"description\":\"%s\",\"ownerId\":%d,\"dueOn\":\"%s\"}"
                        .formatted(description, users.byUsername(owner).orElseThrow().id(), due))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.parse(body).read(
                "$.goals[*].actions[?(@.description == '%s')].id".formatted(description), java.util.List.class)
                .get(0)).longValue();
    }

    private ResultActions move(String user, long id, String to) throws Exception {
        return call(user, post("/api/v1/cases/" + id + "/transitions"), "{\"to\":\"" + to + "\"}");
    }

    private ResultActions move(String user, long id, String to, String closureReason) throws Exception {
        return call(user, post("/api/v1/cases/" + id + "/transitions"), closureReason == null
                ? "{\"to\":\"%s\"}".formatted(to)
                : "{\"to\":\"%s\",\"closureReason\":\"%s\"}".formatted(to, closureReason));
    }

    private ResultActions read(String user, long id) throws Exception {
        return call(user, get("/api/v1/cases/" + id), "");
    }

    private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        MockHttpServletRequestBuilder sent = api.as(user, request).header("Accept-Language", language.tag());
        if (!body.isEmpty()) {
            sent.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(sent);
    }

    private String text(String key) {
        return messages.getMessage(key, null, language.locale());
    }

    private static String referralBody(long caseId, PersonId person, long provider) {
        return """
                {"caseId":%d,"personId":%d,"providerId":%d,"serviceType":"SHELTER",
                 "note":"Needs a safe place tonight; speaks Uzbek and some Russian","urgent":true}"""
                .formatted(caseId, person.value(), provider);
    }
}
