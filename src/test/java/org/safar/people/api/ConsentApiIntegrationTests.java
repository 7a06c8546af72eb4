package org.safar.people.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.people.ConsentPurpose;
import org.safar.people.Consents;
import org.safar.people.PersonId;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** Recording, listing and withdrawing a person's consent through the API, and what it refuses. */
@SafarIntegrationTest
class ConsentApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService users;

    @Autowired
    Consents consents;

    ApiCallers callers;

    @BeforeEach
    void callers() {
        callers = new ApiCallers(tokens, users);
    }

    @Test
    void aConsentIsRecordedCountsForReferralAndIsWithdrawn() throws Exception {
        long person = registered();
        String recorded = record(person, "{\"purpose\":\"REFERRAL\",\"given\":true,\"recordedOn\":\"%s\"}"
                .formatted(LocalDate.now().minusDays(1)), "en")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].purpose").value("REFERRAL"))
                .andExpect(jsonPath("$[0].recordedBy").value("caseworker"))
                .andExpect(jsonPath("$[0].valid").value(true))
                .andReturn().getResponse().getContentAsString();
        long consent = ((Number) JsonPath.read(recorded, "$[0].id")).longValue();
        org.assertj.core.api.Assertions.assertThat(consents.hasValidConsent(PersonId.of(person),
                ConsentPurpose.REFERRAL)).isTrue();

        mvc.perform(callers.as("caseworker", post("/api/v1/people/" + person + "/consents/" + consent + "/withdraw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].valid").value(false))
                .andExpect(jsonPath("$[0].withdrawnOn").value(LocalDate.now().toString()));
        org.assertj.core.api.Assertions.assertThat(consents.hasValidConsent(PersonId.of(person),
                ConsentPurpose.REFERRAL)).isFalse();
        mvc.perform(callers.as("caseworker", post("/api/v1/people/" + person + "/consents/" + consent + "/withdraw"))
                        .header("Accept-Language", "ru"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail")
                        .value("Отозвать можно только данное и ещё действующее согласие."));
        mvc.perform(callers.as("auditor", get("/api/v1/people/" + person + "/consents")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void missingOrImpossibleAnswersAreRefusedFieldByFieldAndNothingIsRecorded() throws Exception {
        long person = registered();
        record(person, "{\"recordedOn\":\"%s\"}".formatted(LocalDate.now().plusDays(2)), "ru")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'purpose')].message")
                        .value(hasItem("Выберите цель из списка.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'given')].message")
                        .value(hasItem("Укажите, согласился человек или отказался.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'recordedOn')].message")
                        .value(hasItem("Дата не может быть в будущем.")));
        record(person, "{\"purpose\":\"EVERYTHING\",\"given\":true,\"recordedOn\":\"2026-01-01\"}", "en")
                .andExpect(status().isBadRequest());
        mvc.perform(callers.as("caseworker", get("/api/v1/people/" + person + "/consents")))
                .andExpect(jsonPath("$", hasSize(0)));
        record(999_999_999L, "{\"purpose\":\"REFERRAL\",\"given\":true,\"recordedOn\":\"2026-01-01\"}", "en")
                .andExpect(status().isNotFound());
    }

    @Test
    void readersWhoMayNotChangeARecordCannotRecordAConsent() throws Exception {
        long person = registered();
        mvc.perform(callers.as("auditor", post("/api/v1/people/" + person + "/consents"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"REFERRAL\",\"given\":true,\"recordedOn\":\"2026-01-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(callers.as("analyst", get("/api/v1/people/" + person + "/consents")))
                .andExpect(status().isForbidden());
        mvc.perform(callers.as("caseworker", get("/api/v1/people/" + person + "/consents")))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theConsentsApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}/consents'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}/consents'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}/consents/{consent}/withdraw'].post").exists());
    }

    private ResultActions record(long person, String body, String language) throws Exception {
        return mvc.perform(callers.as("caseworker", post("/api/v1/people/" + person + "/consents"))
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language).content(body));
    }

    private long registered() throws Exception {
        String created = mvc.perform(callers.as("caseworker", post("/api/v1/people"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Registrations.someone().with("confirmedNew", true).json()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }
}
