package org.safar.mobility.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safar.mobility.Complaints;
import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.vacancies.Vacancies;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every staff page of the module opens on the demo data, in each language, for the demo users who use it. */
@SafarIntegrationTest
class MobilityPagesRenderIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Agencies agencies;

    @Autowired
    Vacancies vacancies;

    @Autowired
    Complaints complaints;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = { "uz", "uz-Cyrl", "ru", "en" })
    void theRegisterOpensForALicensingOfficer(String language) throws Exception {
        long agency = agencies.search("Samarqand Kadrlar", null, 1).get(0).id();
        long vacancy = vacancies.list(null, null, 1).get(0).id();
        long complaint = complaints.latest(1).get(0).id();
        for (String path : List.of("/mobility/agencies", "/mobility/agencies?status=SUSPENDED", "/mobility/agencies/new",
                "/mobility/agencies/" + agency, "/mobility/employers", "/mobility/employers/new", "/mobility/vacancies",
                "/mobility/vacancies?status=SUBMITTED", "/mobility/vacancies/" + vacancy, "/mobility/applications",
                "/mobility/complaints", "/mobility/complaints/new", "/mobility/complaints/" + complaint)) {
            var response = mvc.perform(get(path).header("Accept-Language", language)
                    .with(user(users.loadUserByUsername("licensing")))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "uz", "ru" })
    void theDemoAgencyUserWorksOnItsVacancies(String language) throws Exception {
        var agencyUser = users.loadUserByUsername("agency");
        String list = mvc.perform(get("/mobility/vacancies").header("Accept-Language", language).with(user(agencyUser)))
                .andReturn().getResponse().getContentAsString();
        long own = vacancies.list(agencies.search("Osiyo Mehnat", null, 1).get(0).id(), null, 1).get(0).id();

        assertThat(list).contains("Osiyo Mehnat Servis").doesNotContain("Euro Work Bridge");
        assertThat(mvc.perform(get("/mobility/vacancies/new").header("Accept-Language", language)
                .with(user(agencyUser))).andReturn().getResponse().getStatus()).isEqualTo(200);
        var ownPage = mvc.perform(get("/mobility/vacancies/" + own).header("Accept-Language", language)
                .with(user(agencyUser))).andReturn().getResponse();
        assertThat(ownPage.getStatus()).isEqualTo(200);
        long applicant = jdbc.sql("select person_id from vacancy_application where vacancy_id = ? limit 1").param(own)
                .query(Long.class).optional().orElse(-1L);
        if (applicant > 0) {
            assertThat(ownPage.getContentAsString()).contains("№ " + applicant).doesNotContain("href=\"/people/");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru" })
    void aPersonsProfileShowsTheirApplicationsWithDepartureAndReturn(String language) throws Exception {
        long person = jdbc.sql("select person_id from vacancy_application where returned_on is not null limit 1")
                .query(Long.class).single();

        String profile = mvc.perform(get("/people/" + person).header("Accept-Language", language)
                .with(user(users.loadUserByUsername("caseworker")))).andReturn().getResponse().getContentAsString();

        assertThat(profile).contains("id=\"applications\"").contains(language.equals("en") ? "returned on" : "вернулся")
                .contains("Elderly care assistant");
    }

    @ParameterizedTest
    @ValueSource(strings = { "uz-Cyrl", "en" })
    void theDemoDataHasEveryLicenceStatusAndEveryVacancyState(String language) throws Exception {
        String page = mvc.perform(get("/mobility/agencies").header("Accept-Language", language)
                .with(user(users.loadUserByUsername("supervisor")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("licence-active").contains("licence-suspended").contains("licence-expired")
                .contains("licence-revoked");
        for (var status : org.safar.mobility.vacancies.VacancyStatus.values()) {
            assertThat(vacancies.list(null, status, 1)).as(status.name()).isNotEmpty();
        }
    }
}
