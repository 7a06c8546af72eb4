package org.safar.people.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** What the people API refuses, and that it says why in the client's language. */
@SafarIntegrationTest
class PeopleApiRefusalsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService users;

    ApiCallers callers;

    @BeforeEach
    void callers() {
        callers = new ApiCallers(tokens, users);
    }

    @Test
    void invalidFieldsAreListedOneByOneInTheClientsLanguage() throws Exception {
        String body = Registrations.someone().with("familyName", " ").with("phone", "12")
                .with("homeRegion", "UZ-XX").json();

        mvc.perform(callers.as("caseworker", post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "ru").content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Неверный запрос"))
                .andExpect(jsonPath("$.errors[?(@.field == 'familyName')].message").value(hasItem("Введите фамилию.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')].message",
                        hasItem(containsString("Введите номер телефона"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'homeRegion')].message",
                        hasItem("Региона с таким кодом нет.")));
    }

    @Test
    void aLimitOutOfRangeIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(callers.as("caseworker", get("/api/v1/people").param("q", "Karimov").param("limit", "101"))
                .header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Параметр limit должен быть числом от 1 до 100."));
        mvc.perform(callers.as("caseworker", get("/api/v1/people").param("q", "Karimov").param("limit", "many"))
                .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The parameter limit has the wrong format."));
    }

    @Test
    void aSearchWithoutAnyCriterionIsRefused() throws Exception {
        mvc.perform(callers.as("caseworker", get("/api/v1/people")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("q, birthYear, documentNumber, region")));
    }

    @Test
    void anUnknownPersonIsAProblemInTheClientsLanguage() throws Exception {
        mvc.perform(callers.as("caseworker", get("/api/v1/people/999999999")).header("Accept-Language", "ru"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Такого лица в реестре нет."));
    }

    @Test
    void anAuditorMayReadButNotRegister() throws Exception {
        mvc.perform(callers.as("auditor", get("/api/v1/people").param("q", "Karimov")))
                .andExpect(status().isOk());
        mvc.perform(callers.as("auditor", post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                .content(Registrations.someone().json()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAnalystMayNotReadPersonalRecords() throws Exception {
        mvc.perform(callers.as("analyst", get("/api/v1/people").param("q", "Karimov")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCallWithoutATokenIsUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/people").param("q", "Karimov")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .content(Registrations.someone().json())).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentDescribesThePeopleEndpoints() throws Exception {
        mvc.perform(get("/api/docs/openapi.json").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/people'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}'].put").exists())
                .andExpect(jsonPath("$.components.schemas.PersonDetails").exists())
                .andExpect(jsonPath("$.components.schemas.Registration.properties.confirmedNew").exists());
    }
}
