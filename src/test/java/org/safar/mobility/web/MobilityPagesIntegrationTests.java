package org.safar.mobility.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.mobility.licensing.Agencies;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The staff pages: forms that keep what was typed and name what is wrong, and agencies kept to their own. */
@SafarIntegrationTest
class MobilityPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    StaffFixtures staff;

    @Autowired
    UserDetailsService users;

    @Autowired
    Agencies agencies;

    @Test
    void anAgencyUserSeesOnlyItsOwnAgencysVacancies() throws Exception {
        MadeAgency own = fixtures.agency("RU");
        MadeAgency other = fixtures.agency("RU");
        fixtures.publishedVacancy(own, "RU", "Own vacancy title");
        long foreign = fixtures.publishedVacancy(other, "RU", "Foreign vacancy title");
        UserDetails agencyUser = users.loadUserByUsername(staff.newUser(Role.AGENCY));
        fixtures.link(agencyUser.getUsername(), own);

        String list = mvc.perform(get("/mobility/vacancies").with(user(agencyUser))).andReturn().getResponse()
                .getContentAsString();
        int status = mvc.perform(get("/mobility/vacancies/" + foreign).with(user(agencyUser))).andReturn()
                .getResponse().getStatus();
        int close = mvc.perform(post("/mobility/vacancies/" + foreign + "/close").with(csrf()).with(user(agencyUser)))
                .andReturn().getResponse().getStatus();

        assertThat(list).contains("Own vacancy title").doesNotContain("Foreign vacancy title");
        assertThat(status).isEqualTo(404);
        assertThat(close).isEqualTo(404);
    }

    @Test
    void anAgencyUserNotLinkedToAnAgencyIsToldSo() throws Exception {
        UserDetails agencyUser = users.loadUserByUsername(staff.newUser(Role.AGENCY));

        var response = mvc.perform(get("/mobility/vacancies").header("Accept-Language", "en").with(user(agencyUser)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("not linked to an agency");
    }

    @Test
    void anInvalidAgencyFormComesBackWithWhatWasTypedAndTheFieldsNamed() throws Exception {
        UserDetails officer = users.loadUserByUsername(staff.newUser(Role.LICENSING_OFFICER));

        var response = mvc.perform(post("/mobility/agencies/new").with(csrf()).with(user(officer))
                .header("Accept-Language", "ru")
                .param("legalName", "Yangi Yoʻl MChJ").param("taxNumber", "12345").param("address", "Toshkent")
                .param("licenceNumber", "X-1").param("issuedOn", "2026-01-01").param("expiresOn", "2025-01-01"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Yangi Yoʻl MChJ").contains("ИНН состоит из 9 цифр")
                .contains("Выберите хотя бы одну страну");
        assertThat(agencies.search("Yangi Yoʻl MChJ", null, 5)).isEmpty();
    }

    @Test
    void aLicensingOfficerSeesTheComplaintsOnTheAgencyPage() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        UserDetails caseWorker = users.loadUserByUsername(staff.newUser(Role.CASE_WORKER));
        UserDetails officer = users.loadUserByUsername(staff.newUser(Role.LICENSING_OFFICER));

        var filed = mvc.perform(post("/mobility/complaints/new").with(csrf()).with(user(caseWorker))
                .param("agencyId", Long.toString(agency.id())).param("summary", "Took my passport and 800 USD"))
                .andReturn().getResponse();
        String page = mvc.perform(get("/mobility/agencies/" + agency.id()).header("Accept-Language", "en")
                .with(user(officer))).andReturn().getResponse().getContentAsString();

        assertThat(filed.getStatus()).isEqualTo(302);
        assertThat(page).contains("Complaints (1)").contains("Took my passport and 800 USD");
    }

    @Test
    void aCaseWorkerMayNotVerifyAVacancyNorSuspendALicence() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Roofer");
        UserDetails caseWorker = users.loadUserByUsername(staff.newUser(Role.CASE_WORKER));

        assertThat(mvc.perform(post("/mobility/vacancies/" + vacancy + "/verify").with(csrf()).with(user(caseWorker)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/mobility/agencies/" + agency.id() + "/suspend").param("reason", "x")
                .with(csrf()).with(user(caseWorker))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
