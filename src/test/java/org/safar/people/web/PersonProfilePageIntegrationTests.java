package org.safar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonView;
import org.safar.people.registry.Registration;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The profile shows one person with their documents and history; merged records lead to the survivor. */
@SafarIntegrationTest
class PersonProfilePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixtures people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void theProfileShowsTheDecryptedDocumentNumberAndTheHistory() throws Exception {
        Registration form = RegistrationFixtures.aPerson(RegistrationFixtures.aName(), RegistrationFixtures.aName(), 1985);
        form.setDocumentNumber("AC7654321");
        form.setPhone("+7 916 555 12 34");
        PersonView person = people.registered(form);

        mvc.perform(profile(person.id(), "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(person.fullName()),
                        containsString(person.reference()), containsString("Passport"), containsString("AC7654321"),
                        containsString("+7 916 555 12 34"), containsString("Samarkand"),
                        containsString("Person registered"))));
        mvc.perform(profile(person.id(), "uz-Cyrl"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Паспорт"), containsString("Шахс рўйхатга олинди"))));
    }

    @Test
    void readingAProfileIsNotAudited() throws Exception {
        PersonView person = people.registered(RegistrationFixtures.aPerson(RegistrationFixtures.aName(), RegistrationFixtures.aName(),
                1970));
        long before = linesAbout(person);

        mvc.perform(profile(person.id(), "en")).andExpect(status().isOk());

        assertThat(linesAbout(person)).isEqualTo(before);
    }

    @Test
    void aMergedRecordSendsTheReaderToTheSurvivor() throws Exception {
        PersonView survivor = people.registered(RegistrationFixtures.aPerson(RegistrationFixtures.aName(),
                RegistrationFixtures.aName(), 1966));
        PersonView merged = people.registered(RegistrationFixtures.aPerson(RegistrationFixtures.aName(),
                RegistrationFixtures.aName(), 1966));
        jdbc.sql("update person set merged_into = ? where id = ?").params(survivor.id(), merged.id()).update();

        mvc.perform(profile(merged.id(), "en"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/people/" + survivor.id()));
    }

    @Test
    void anUnknownPersonIsATranslatedNotFound() throws Exception {
        mvc.perform(profile(Long.MAX_VALUE, "ru"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Такого лица в реестре нет.")));
    }

    private MockHttpServletRequestBuilder profile(long id, String language) {
        return get("/people/" + id).with(user(userDetails.loadUserByUsername("caseworker")))
                .header("Accept-Language", language);
    }

    private long linesAbout(PersonView person) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'Person' and entity_id = ?")
                .param(Long.toString(person.id())).query(Long.class).single();
    }
}
