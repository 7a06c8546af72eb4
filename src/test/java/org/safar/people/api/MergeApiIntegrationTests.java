package org.safar.people.api;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.people.registry.PeopleFixtures;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A partner system merges a proposed duplicate pair as a reviewer would, and nothing else. */
@SafarIntegrationTest
class MergeApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleFixtures people;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService users;

    ApiCallers callers;

    PersonId latin;
    PersonId cyrillic;

    @BeforeEach
    void twoRecordsOfOnePersonProposedForReview() {
        callers = new ApiCallers(tokens, users);
        var name = PeopleFixtures.Name.random();
        LocalDate born = LocalDate.of(1988, 3, 14);
        latin = people.register(PeopleFixtures.latin(name, born));
        cyrillic = people.register(PeopleFixtures.cyrillic(name, born));
        people.propose(latin, cyrillic);
    }

    @Test
    void aSupervisorsTokenMergesAProposedPairAndTheMergedRecordPointsToTheSurvivor() throws Exception {
        mvc.perform(callers.as("supervisor", post("/api/v1/people/{id}/merge", cyrillic.value()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"into\": " + latin.value() + ", \"keep\": {\"FAMILY_NAME\": " + cyrillic.value() + "}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.survivor").value(latin.value()));

        mvc.perform(callers.as("supervisor", get("/api/v1/people/{id}", cyrillic.value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mergedInto").value(latin.value()));
    }

    @Test
    void aPairThatWasNotProposedCannotBeMergedAndTheAnswerIsTranslated() throws Exception {
        var stranger = people.register(PeopleFixtures.latin(PeopleFixtures.Name.random(), LocalDate.of(1970, 1, 1)));

        mvc.perform(callers.as("supervisor", post("/api/v1/people/{id}/merge", stranger.value()))
                .header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON)
                .content("{\"into\": " + latin.value() + "}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(startsWith("Для этих двух записей")));
    }

    @Test
    void aCaseWorkersTokenMayNotMerge() throws Exception {
        mvc.perform(callers.as("caseworker", post("/api/v1/people/{id}/merge", cyrillic.value()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"into\": " + latin.value() + "}"))
                .andExpect(status().isForbidden());
    }
}
