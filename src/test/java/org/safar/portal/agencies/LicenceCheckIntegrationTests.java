package org.safar.portal.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.mobility.MobilityFixtures.asSystem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.mobility.licensing.LicensingDesk;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public agency check, as a page and as JSON, without logging in. */
@SafarIntegrationTest
class LicenceCheckIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    LicensingDesk desk;

    @Test
    void anyoneCanCheckALicenceByTaxNumberAsJson() throws Exception {
        MadeAgency agency = fixtures.agency("RU", "KR");

        var response = mvc.perform(get("/api/public/v1/licences").param("q", agency.taxNumber())
                .with(from("10.1.0.1"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"found\":true").contains(agency.name())
                .contains("\"status\":\"ACTIVE\"").contains("\"valid\":true").contains("\"countries\":[\"KR\",\"RU\"]");
    }

    @Test
    void aSuspendedLicenceIsNotValid() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        asSystem(() -> {
            desk.suspend(agency.id(), "Inspection");
            return null;
        });

        String json = mvc.perform(get("/api/public/v1/licences").param("q", agency.licenceNumber())
                .with(from("10.1.0.2"))).andReturn().getResponse().getContentAsString();

        assertThat(json).contains("\"status\":\"SUSPENDED\"").contains("\"valid\":false");
    }

    @Test
    void aTooShortQueryIsRefusedWithAProblemInTheCallersLanguage() throws Exception {
        var response = mvc.perform(get("/api/public/v1/licences").param("q", "a").header("Accept-Language", "ru")
                .with(from("10.1.0.3"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("номер лицензии");
    }

    @Test
    void tooManyChecksFromOneAddressAreToldToWait() throws Exception {
        int last = 0;
        String retryAfter = null;
        for (int i = 0; i < 300 && last != 429; i++) {
            var response = mvc.perform(get("/api/public/v1/licences").param("q", "Nobody by this name")
                    .with(from("10.9.9.9"))).andReturn().getResponse();
            last = response.getStatus();
            retryAfter = response.getHeader("Retry-After");
        }

        assertThat(last).isEqualTo(429);
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        assertThat(mvc.perform(get("/api/public/v1/licences").param("q", "Nobody by this name")
                .with(from("10.9.9.10"))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theCheckPageSaysTheStatusInPlainWordsAndWhatToDo() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        asSystem(() -> {
            desk.revoke(agency.id(), "Fake offers");
            return null;
        });

        String uz = mvc.perform(get("/agencies").param("q", agency.taxNumber()).header("Accept-Language", "uz")
                .with(from("10.1.0.4"))).andReturn().getResponse().getContentAsString();
        String en = mvc.perform(get("/agencies").param("q", "No such agency anywhere").header("Accept-Language", "en")
                .with(from("10.1.0.4"))).andReturn().getResponse().getContentAsString();

        assertThat(uz).contains("Litsenziya bekor qilingan").contains("verdict-revoked").contains(agency.name());
        assertThat(en).contains("Not found").contains("Only licensed agencies may recruit");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
