package org.safar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.people.registry.PeopleFixtures;
import org.safar.people.registry.PeopleFixtures.Name;
import org.safar.people.registry.PersonRecords;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Supervisors review possible duplicates on the pages, in their language; case workers may not. */
@SafarIntegrationTest
class DuplicateReviewPageIntegrationTests {

    private static final LocalDate BORN = LocalDate.of(1993, 2, 28);

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleFixtures people;

    @Autowired
    PersonRecords records;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void aCaseWorkerMayNeitherSeeTheQueueNorMerge() throws Exception {
        long pair = pairOfOnePerson()[2];

        mvc.perform(get("/people/duplicates").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/people/duplicates/" + pair).with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(post("/people/duplicates/" + pair + "/merge").with(as("caseworker")).with(csrf())
                .param("survivor", "1")).andExpect(status().isForbidden());
    }

    @Test
    void theQueueAndTheComparisonSpeakRussian() throws Exception {
        Name name = Name.random();
        long[] ids = pairOf(name);

        mvc.perform(get("/people/duplicates").param("lang", "ru").with(as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Возможные дубликаты"),
                        containsString("Первая запись"), containsString("При регистрации"))));
        mvc.perform(get("/people/duplicates/" + ids[2]).param("lang", "ru").with(as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Это одно лицо?"), containsString(name.family()),
                        containsString(name.familyCyrl()), containsString("Фамилия"), containsString("различается"),
                        containsString("Объединить"), containsString("data-confirm=\"Объединить эти две записи"))));
    }

    @Test
    void aSupervisorMergesAPairAndIsToldSoOnTheQueue() throws Exception {
        Name name = Name.random();
        long[] ids = pairOf(name);

        mvc.perform(post("/people/duplicates/" + ids[2] + "/merge").with(as("supervisor")).with(csrf())
                .param("lang", "en").param("survivor", Long.toString(ids[0]))
                .param("FAMILY_NAME", Long.toString(ids[1])))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/duplicates"))
                .andExpect(flash().attribute("notice", containsString("has been merged into")));

        assertThat(records.byId(ids[1]).orElseThrow().mergedInto()).isEqualTo(ids[0]);
        assertThat(records.byId(ids[0]).orElseThrow().familyName()).isEqualTo(name.familyCyrl());
    }

    @Test
    void aDecidedPairIsRefusedInTheReviewersLanguage() throws Exception {
        long pair = pairOfOnePerson()[2];
        mvc.perform(post("/people/duplicates/" + pair + "/not-same").with(as("supervisor")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/people/duplicates/" + pair + "/not-same").with(as("supervisor")).with(csrf())
                .param("lang", "ru"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("По этой паре решение уже принято.")));
    }

    /** The ids of a Latin record, a Cyrillic record of the same person, and of their pair. */
    private long[] pairOf(Name name) {
        PersonId latin = people.register(PeopleFixtures.latin(name, BORN));
        PersonId cyrillic = people.register(PeopleFixtures.cyrillic(name, BORN));
        return new long[] { latin.value(), cyrillic.value(), people.pairOf(latin, cyrillic) };
    }

    private long[] pairOfOnePerson() {
        return pairOf(Name.random());
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
