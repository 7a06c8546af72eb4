package org.safar.protection.providers;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.platform.security.AccessTokens;
import org.safar.protection.ApiTokens;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The providers registry over the API: searched by staff, kept by supervisors, refused with reasons. */
@SafarIntegrationTest
class ProvidersApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService users;

    ApiTokens api;

    @BeforeEach
    void api() {
        api = new ApiTokens(tokens, users);
    }

    @Test
    void aSupervisorAddsAndCorrectsAProviderThatACaseWorkerFinds() throws Exception {
        String name = "Legal clinic Seoul " + System.nanoTime();
        String created = mvc.perform(api.as("supervisor", post("/api/v1/providers"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "%s", "kind": "LAWYER", "country": "KR", "city": "Seoul",
                                 "services": ["LEGAL_AID", "DOCUMENTS"], "active": true}""".formatted(name)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.country").value("KR"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(api.as("supervisor", put("/api/v1/providers/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "kind": "LAWYER", "country": "KR", "city": "Busan",
                                 "services": ["LEGAL_AID"], "active": true}""".formatted(name)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.city").value("Busan"));

        mvc.perform(api.as("caseworker", get("/api/v1/providers")).param("country", "KR").param("service", "LEGAL_AID"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].name", hasItem(name)));
    }

    @Test
    void invalidFieldsAreListedInTheClientsLanguage() throws Exception {
        mvc.perform(api.as("supervisor", post("/api/v1/providers")).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": " ", "kind": "SHELTER", "country": "ru", "services": []}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message")
                        .value(hasItem("Введите название поставщика.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'services')].message")
                        .value(hasItem("Отметьте хотя бы одну услугу.")));
    }

    @Test
    void aCaseWorkerMayNotAddAProviderAndAnUnknownOneIsNotFound() throws Exception {
        mvc.perform(api.as("caseworker", post("/api/v1/providers")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(api.as("caseworker", get("/api/v1/providers/999999999")).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no such service provider."));
    }
}
