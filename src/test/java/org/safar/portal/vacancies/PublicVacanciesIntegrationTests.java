package org.safar.portal.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Browsing vacancies without logging in: filters, a vacancy page with guidance, nothing unverified. */
@SafarIntegrationTest
class PublicVacanciesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MobilityFixtures fixtures;

    @Test
    void filtersByCountryAndOccupationGroup() throws Exception {
        MadeAgency agency = fixtures.agency("KR", "RU");
        fixtures.publishedVacancy(agency, "KR", "Filter test mason in Korea");
        fixtures.publishedVacancy(agency, "RU", "Filter test mason in Russia");

        String korea = page("/vacancies?country=KR&occupation=7", "en");
        String elementary = page("/vacancies?country=KR&occupation=9", "en");

        assertThat(korea).contains("Filter test mason in Korea").doesNotContain("Filter test mason in Russia");
        assertThat(elementary).doesNotContain("Filter test mason");
    }

    @Test
    void aWageFilterWithoutCurrencyAsksForTheCurrencyAndKeepsTheAmount() throws Exception {
        String page = page("/vacancies?minWage=abc", "en");
        String noCurrency = page("/vacancies?minWage=900", "ru");

        assertThat(page).contains("Enter the wage as a number").contains("value=\"abc\"");
        assertThat(noCurrency).contains("Выберите также валюту");
    }

    @Test
    void aVacancyPageShowsTheTermsTheLicenceAndHowToGoSafely() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        long id = fixtures.publishedVacancy(agency, "RU", "Safe journey mason");

        String page = page("/vacancies/" + id, "uz");

        assertThat(page).contains("Safe journey mason").contains(agency.name()).contains("Litsenziya amalda")
                .contains("Xavfsiz ketish uchun").contains("Pasportingizni oʻzingizda saqlang");
    }

    @Test
    void aVacancyNotPublishedIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/vacancies/999999999").header("Accept-Language", "en")).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/vacancies/not-a-number")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private String page(String path, String language) throws Exception {
        var response = mvc.perform(get(path).header("Accept-Language", language)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
