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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonView;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An officer registers people on the form; likely matches are shown before anyone is created twice. */
@SafarIntegrationTest
class PersonRegistrationPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixtures people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void registeringANewPersonCreatesTheRecordAndShowsTheProfile() throws Exception {
        String family = RegistrationFixtures.aName();
        String given = RegistrationFixtures.aName();
        String location = mvc.perform(registration(family, given, "1994").param("sex", "F")
                        .param("documentNumber", "AB 1234567").param("phone", "+998 90 123 45 67"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/people/*"))
                .andExpect(flash().attribute("registered", true))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(as("caseworker")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(family + " " + given), containsString("Female"),
                        containsString("AB 1234567"), containsString("+998 90 123 45 67"),
                        containsString("Person registered"))));
    }

    @Test
    void aNameRegisteredInAnotherScriptIsShownAsAPossibleMatchAndNothingIsCreated() throws Exception {
        String given = "Shukrat" + RegistrationFixtures.unique();
        PersonView existing = people.registered(RegistrationFixtures.aPerson("Ғуломов",
                ScriptTransliteration.toUzbekCyrillic(given), 1987));

        mvc.perform(registration("Gʻulomov", given, "1987"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Possible matches"),
                        containsString(existing.reference()), containsString("same name in another script"),
                        containsString("same birth year"), containsString("This is a new person"),
                        containsString("name=\"confirmedNew\" value=\"true\""))));

        assertThat(registeredWithGivenName(given)).isZero();
    }

    @Test
    void confirmingANewPersonCreatesTheRecordAndQueuesThePairForDuplicateReview() throws Exception {
        String given = "Shukrat" + RegistrationFixtures.unique();
        PersonView existing = people.registered(RegistrationFixtures.aPerson("Ғуломов",
                ScriptTransliteration.toUzbekCyrillic(given), 1987));

        String location = mvc.perform(registration("Gʻulomov", given, "1987").param("confirmedNew", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        long created = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(registeredWithGivenName(given)).isOne();
        assertThat(jdbc.sql("""
                select count(*) from duplicate_candidate
                where person_low = least(?, ?) and person_high = greatest(?, ?)
                  and status = 'OPEN' and source = 'REGISTRATION'""")
                .params(created, existing.id(), created, existing.id()).query(Long.class).single()).isOne();
    }

    @Test
    void anInvalidFormShowsTheErrorsBesideTheFieldsInTheReadersLanguage() throws Exception {
        String typed = "Aziz" + RegistrationFixtures.unique();
        mvc.perform(registration("", typed, "1850").param("phone", "call me"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Please correct the marked fields."),
                        containsString("Enter the family name."), containsString("Enter a year between 1900 and 2100."),
                        containsString("Enter a phone number with 7 to 20 digits"),
                        containsString("value=\"" + typed + "\""), containsString("aria-invalid=\"true\""))));

        mvc.perform(registration(" ", typed, "nineteen", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Исправьте отмеченные поля."),
                        containsString("Введите фамилию."), containsString("Введите год от 1900 до 2100."))));

        assertThat(registeredWithGivenName(typed)).isZero();
    }

    private MockHttpServletRequestBuilder registration(String familyName, String givenNames, String birthYear) {
        return registration(familyName, givenNames, birthYear, "en");
    }

    private MockHttpServletRequestBuilder registration(String familyName, String givenNames, String birthYear,
            String language) {
        return post("/people/new").with(as("caseworker")).with(csrf()).header("Accept-Language", language)
                .param("familyName", familyName).param("givenNames", givenNames).param("birthYear", birthYear)
                .param("homeRegion", "UZ-SA").param("documentType", "PASSPORT").param("documentCountry", "UZ")
                .param("citizenship", "UZ");
    }

    private long registeredWithGivenName(String givenNames) {
        return jdbc.sql("select count(*) from person where given_names = ?").param(givenNames)
                .query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
