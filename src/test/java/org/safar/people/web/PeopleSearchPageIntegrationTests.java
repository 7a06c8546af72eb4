package org.safar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonView;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.PersonSearch;
import org.safar.people.registry.Registration;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The one search box finds people however their name was typed, and shows it in the reader's script. */
@SafarIntegrationTest
class PeopleSearchPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixtures people;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PersonSearch personSearch;

    @Test
    void aPersonRegisteredInCyrillicIsFoundByTheirNameTypedInLatin() throws Exception {
        String family = RegistrationFixtures.aName();
        String given = RegistrationFixtures.aName();
        PersonView person = people.registered(RegistrationFixtures.aPerson(ScriptTransliteration.toUzbekCyrillic(family),
                ScriptTransliteration.toUzbekCyrillic(given), 1991));

        mvc.perform(search("en").param("text", family + " " + given))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(person.reference()),
                        containsString(family + " " + given), containsString(person.fullName()))));
    }

    @Test
    void partOfTheNameIsEnough() throws Exception {
        String family = RegistrationFixtures.aName();
        PersonView person = people.registered(RegistrationFixtures.aPerson(family, RegistrationFixtures.aName(), 1979));

        mvc.perform(search("en").param("text", family))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.reference())));
    }

    @Test
    void aFamilyNameCutShortWithTheGivenNameFindsThePerson() throws Exception {
        String family = RegistrationFixtures.aName() + "ova";
        String given = RegistrationFixtures.aName();
        PersonView person = people.registered(RegistrationFixtures.aPerson(family, given, 1988));

        mvc.perform(search("en").param("text", family.substring(0, family.length() - 3) + " " + given))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.reference())));
        mvc.perform(search("en").param("text", given + " " + family.substring(0, family.length() - 2)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.reference())));
    }

    @Test
    void aMisspeltGivenNameStillFindsThePersonInAnotherScript() throws Exception {
        String family = RegistrationFixtures.aName() + "ov";
        String given = RegistrationFixtures.aName();
        PersonView person = people.registered(RegistrationFixtures.aPerson(
                ScriptTransliteration.toUzbekCyrillic(family), ScriptTransliteration.toUzbekCyrillic(given), 1975));
        char swapped = given.charAt(4) == 'z' ? 'x' : 'z';
        String misspelt = given.substring(0, 4) + swapped + given.substring(5);

        mvc.perform(search("en").param("text", family + " " + misspelt))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.reference())));
    }

    @Test
    void aPassportSpellingTypedInRussianLettersFindsTheUzbekAndThePassportSpelling() throws Exception {
        String given = RegistrationFixtures.aName();
        PersonView uzbek = people.registered(RegistrationFixtures.aPerson("Xoʻjayeva", given, 1986));
        PersonView passport = people.registered(
                RegistrationFixtures.aPerson("KHUZHAEVA", given.toUpperCase(), 1990));
        String typed = "КХУЗХАЕВА " + ScriptTransliteration.toRussianCyrillic(given).toUpperCase();

        mvc.perform(search("en").param("text", typed))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Found: 2"), containsString(uzbek.reference()),
                        containsString(passport.reference()))));
        mvc.perform(search("en").param("text", typed).param("birthYear", "1986"))
                .andExpect(content().string(allOf(containsString("Found: 1"), containsString(uzbek.reference()))));
        // found as the very same name, from the exact keys, rather than as a near one by whole-name trigrams
        assertThat(personSearch.search(new PersonSearch.Query(typed, 1986, null, null), 10))
                .extracting(hit -> hit.person().id(), PersonSearch.Hit::similarity)
                .containsExactly(tuple(uzbek.id(), 1.0));
    }

    @Test
    void aDocumentNumberFindsThePersonWhateverItsSpacing() throws Exception {
        Registration form = RegistrationFixtures.aPerson(RegistrationFixtures.aName(), RegistrationFixtures.aName(), 1983);
        String number = "FA" + (1_000_000 + System.nanoTime() % 9_000_000);
        form.setDocumentNumber(number);
        PersonView person = people.registered(form);

        mvc.perform(search("en").param("documentNumber", number.substring(0, 2) + " " + number.substring(2)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(person.reference()), containsString("Found: 1"))));
    }

    @Test
    void aRussianReaderSeesTheNameInRussianCyrillicBesideTheNameAsEntered() throws Exception {
        String given = "Shohruh" + RegistrationFixtures.unique();
        PersonView person = people.registered(RegistrationFixtures.aPerson("Qodirov", given, 1990));

        mvc.perform(search("ru").param("text", "Qodirov " + given).param("birthYear", "1990"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(person.reference()),
                        containsString("Кодиров " + ScriptTransliteration.toRussianCyrillic(given)),
                        containsString("Qodirov " + given), containsString("Самаркандская"))));
    }

    @Test
    void aBadBirthYearIsNamedInTheReadersLanguage() throws Exception {
        mvc.perform(search("en").param("text", "Karimov").param("birthYear", "nineteen"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter a year between 1900 and 2100."),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(search("ru").param("birthYear", "1812"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Введите год от 1900 до 2100.")));
    }

    @Test
    void anEmptyQueryShowsOnlyTheFormAndTheWayToRegister() throws Exception {
        mvc.perform(search("en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Register a person"),
                        not(containsString("Found:")), not(containsString("Nobody in the registry")))));
    }

    private MockHttpServletRequestBuilder search(String language) {
        return get("/people").with(user(userDetails.loadUserByUsername("caseworker")))
                .header("Accept-Language", language);
    }
}
