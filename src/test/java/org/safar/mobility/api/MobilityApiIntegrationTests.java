package org.safar.mobility.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The module's API with personal access tokens: the register, the vacancy workflow and applications. */
@SafarIntegrationTest
class MobilityApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    StaffFixtures staff;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService users;

    @Test
    void anAgencyDraftsAndSubmitsAndAnOfficerVerifiesThroughTheApi() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        long employer = fixtures.employer("RU");
        String agencyUser = staff.newUser(Role.AGENCY);
        fixtures.link(agencyUser, agency);
        String officer = staff.newUser(Role.LICENSING_OFFICER);
        String body = """
                {"employerId": %d, "title": "API mason", "occupationCode": "7112", "country": "RU", "city": "Tver",
                 "posts": 3, "wage": 1100.50, "currency": "USD", "wagePeriod": "MONTH", "hoursPerWeek": 40,
                 "accommodation": "Dormitory", "travel": "Paid", "contractMonths": 12,
                 "requiredCourseCode": "ru-ori", "closingOn": "%s"}""".formatted(employer, LocalDate.now().plusMonths(1));

        var drafted = mvc.perform(as(agencyUser, post("/api/v1/vacancies").contentType(MediaType.APPLICATION_JSON)
                .content(body))).andReturn().getResponse();
        assertThat(drafted.getStatus()).isEqualTo(201);
        assertThat(drafted.getContentAsString()).contains("\"status\":\"DRAFT\"").contains("\"requiredCourseCode\":\"RU-ORI\"");
        String id = drafted.getContentAsString().replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1");

        assertThat(mvc.perform(as(agencyUser, post("/api/v1/vacancies/" + id + "/submit"))).andReturn().getResponse()
                .getContentAsString()).contains("\"status\":\"SUBMITTED\"");
        assertThat(mvc.perform(as(officer, post("/api/v1/vacancies/" + id + "/verify"))).andReturn().getResponse()
                .getContentAsString()).contains("\"status\":\"PUBLISHED\"");
    }

    @Test
    void invalidFieldsAreListedOneByOneInTheCallersLanguage() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        String agencyUser = staff.newUser(Role.AGENCY);
        fixtures.link(agencyUser, agency);

        var response = mvc.perform(as(agencyUser, post("/api/v1/vacancies").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\", \"posts\": 0}"))).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"posts\"").contains("from 1 to 10000")
                .contains("\"field\":\"employerId\"");
    }

    @Test
    void anOfficerSuspendsALicenceThroughTheApiAndTheReasonIsKept() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        String officer = staff.newUser(Role.LICENSING_OFFICER);

        var response = mvc.perform(as(officer, post("/api/v1/agencies/" + agency.id() + "/licence/suspend")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"No office at the address\"}")))
                .andReturn().getResponse();
        String history = mvc.perform(as(officer, get("/api/v1/agencies/" + agency.id() + "/licence/history")))
                .andReturn().getResponse().getContentAsString();

        assertThat(response.getContentAsString()).contains("\"status\":\"SUSPENDED\"");
        assertThat(history).contains("No office at the address").contains("GRANTED");
    }

    @Test
    void anAgencyTokenCannotReadAnotherAgencysVacancy() throws Exception {
        MadeAgency own = fixtures.agency("RU");
        MadeAgency other = fixtures.agency("RU");
        long foreign = fixtures.publishedVacancy(other, "RU", "Not yours");
        String agencyUser = staff.newUser(Role.AGENCY);
        fixtures.link(agencyUser, own);

        assertThat(mvc.perform(as(agencyUser, get("/api/v1/vacancies/" + foreign))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void anAgencyAddsAnApplicantByPassportAndLearnsOnlyTheApplicationsReference() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "API carpenter");
        String agencyUser = staff.newUser(Role.AGENCY);
        fixtures.link(agencyUser, agency);

        var added = mvc.perform(as(agencyUser, post("/api/v1/vacancies/" + vacancy + "/applicants")
                .contentType(MediaType.APPLICATION_JSON).content(applicant("AB" + (System.nanoTime() % 10_000_000)))))
                .andReturn().getResponse();

        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(added.getContentAsString()).matches("\\{\"applicationId\":\\d+,\"reference\":\"APP-\\d{4}-\\d{6}\","
                + "\"status\":\"APPLIED\"}");
    }

    @Test
    void anApplicantWithAMalformedPassportNumberIsRefusedFieldByFieldInTheCallersLanguage() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "API roofer");
        String agencyUser = staff.newUser(Role.AGENCY);
        fixtures.link(agencyUser, agency);

        var response = mvc.perform(as(agencyUser, post("/api/v1/vacancies/" + vacancy + "/applicants")
                .header("Accept-Language", "uz-Cyrl").contentType(MediaType.APPLICATION_JSON)
                .content(applicant("№ 12")))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"field\":\"documentNumber\"")
                .contains("лотин ҳарфлари ва рақамлар");
    }

    @Test
    void anAgencyCannotAddApplicantsToAnotherAgencysVacancyNorNameAPersonByRegistryNumber() throws Exception {
        MadeAgency own = fixtures.agency("RU");
        long foreign = fixtures.publishedVacancy(fixtures.agency("RU"), "RU", "API not yours");
        long ownVacancy = fixtures.publishedVacancy(own, "RU", "API yours");
        String agencyUser = staff.newUser(Role.AGENCY);
        fixtures.link(agencyUser, own);

        var toForeign = mvc.perform(as(agencyUser, post("/api/v1/vacancies/" + foreign + "/applicants")
                .contentType(MediaType.APPLICATION_JSON).content(applicant("XY1234567")))).andReturn().getResponse();
        var byNumber = mvc.perform(as(agencyUser, post("/api/v1/vacancies/" + ownVacancy + "/applications")
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\": 1}"))).andReturn().getResponse();

        assertThat(toForeign.getStatus()).isEqualTo(404);
        assertThat(byNumber.getStatus()).isEqualTo(403);
    }

    @Test
    void tryingPassportNumbersOneAfterAnotherIsStoppedWith429() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "API probe");
        String agencyUser = staff.newUser(Role.AGENCY);
        fixtures.link(agencyUser, agency);
        String secret = secretOf(agencyUser);

        int[] statuses = new int[7];
        org.springframework.mock.web.MockHttpServletResponse last = null;
        for (int i = 0; i < statuses.length; i++) {
            last = mvc.perform(post("/api/v1/vacancies/" + vacancy + "/applicants")
                    .header("Authorization", "Bearer " + secret).header("Accept-Language", "en")
                    .contentType(MediaType.APPLICATION_JSON).content(applicant("№ 1000" + i))).andReturn()
                    .getResponse();
            statuses[i] = last.getStatus();
        }

        assertThat(statuses).containsExactly(400, 400, 400, 400, 400, 400, 429);
        assertThat(last.getHeader("Retry-After")).isNotBlank();
        assertThat(last.getContentAsString()).contains("\"status\":429");
    }

    private static String applicant(String passport) {
        return """
                {"documentNumber": "%s", "documentCountry": "UZ", "familyName": "Toshmatov", "givenNames": "Bahodir",
                 "birthDate": "1991-07-14", "sex": "M", "phone": "+998 90 555 12 34"}""".formatted(passport);
    }

    @Test
    void theOpenApiDocumentDescribesTheModulesEndpoints() throws Exception {
        String document = mvc.perform(get("/api/docs/openapi.json")).andReturn().getResponse().getContentAsString();

        assertThat(document).contains("/api/v1/agencies").contains("/api/v1/agencies/{id}/licence/suspend")
                .contains("/api/v1/vacancies/{id}/verify").contains("/api/v1/applications/{id}/status")
                .contains("/api/v1/vacancies/{id}/applicants")
                .contains("/api/public/v1/licences");
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + secretOf(username));
    }

    private String secretOf(String username) {
        return tokens.issue((StaffUser) users.loadUserByUsername(username), "mobility API test",
                LocalDate.now().plusDays(1)).secret();
    }
}
