package org.safar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonView;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.PersonRecords;
import org.safar.people.registry.Registration;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A writer corrects a person's basic facts on the web, with the fields and checks of the registration page; the
 * old name stays an other name, and a mistake comes back beside its field with nothing saved.
 */
@SafarIntegrationTest
class PersonEditPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixtures people;

    @Autowired
    PersonRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Clock clock;

    @Test
    void theEditPageShowsTheRecordedFactsAndNoDocumentOrPhone() throws Exception {
        Registration form = RegistrationFixtures.aPerson(RegistrationFixtures.aName(), RegistrationFixtures.aName(),
                1988);
        form.setBirthDate(LocalDate.of(1988, 3, 4));
        PersonView person = people.registered(form);

        mvc.perform(as("caseworker", get("/people/" + person.id() + "/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + person.familyName() + "\""),
                        containsString("value=\"" + person.givenNames() + "\""), containsString("value=\"1988\""),
                        containsString("value=\"1988-03-04\""),
                        containsString("<option value=\"UZ-SA\" selected=\"selected\""),
                        not(containsString("name=\"documentNumber\"")), not(containsString("name=\"phone\"")))));
    }

    @Test
    void aCorrectedNameReplacesTheOldOneWhichStaysAnOtherNameThatFindsThePerson() throws Exception {
        PersonView person = aPerson();
        String family = RegistrationFixtures.aName();

        mvc.perform(edit(person, "en", "familyName", family, "birthDate", "1988-03-04"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/people/" + person.id()))
                .andExpect(flash().attribute("edited", List.of("familyName", "birthDate")));

        assertThat(records.byId(person.id()).orElseThrow().familyName()).isEqualTo(family);
        mvc.perform(as("caseworker", get("/people/" + person.id())))
                .andExpect(content().string(allOf(containsString(family + " " + person.givenNames()),
                        containsString("<span>" + person.fullName() + "</span>"), containsString("entered by staff"),
                        containsString("Person&#39;s details corrected"))));
        mvc.perform(as("caseworker", get("/people").param("text", person.fullName())))
                .andExpect(content().string(containsString(person.reference())));
        assertThat(jdbc.sql("select summary from audit_event where action = 'PERSON_UPDATED' and entity_id = ?")
                .param(Long.toString(person.id())).query(String.class).single())
                .contains("familyName, birthDate").contains("via WEB");
    }

    @Test
    void aCorrectionThatMakesTheRecordLookLikeSomeoneRegisteredIsQueuedForReviewOnceAndTheOfficerIsTold()
            throws Exception {
        Registration form = RegistrationFixtures.aPerson(RegistrationFixtures.aName() + "ov",
                RegistrationFixtures.aName(), 1988);
        form.setBirthDate(LocalDate.of(1988, 3, 4));
        PersonView registered = people.registered(form);
        PersonView typedWrong = aPerson();

        MvcResult corrected = mvc.perform(edit(typedWrong, "ru", "familyName",
                ScriptTransliteration.toUzbekCyrillic(form.getFamilyName()), "givenNames",
                ScriptTransliteration.toUzbekCyrillic(form.getGivenNames()), "birthDate", "1988-03-04"))
                .andExpect(redirectedUrl("/people/" + typedWrong.id()))
                .andExpect(flash().attribute("possibleDuplicates", 1)).andReturn();
        mvc.perform(as("caseworker", get("/people/" + typedWrong.id()), "ru")
                .cookie(corrected.getResponse().getCookies()))
                .andExpect(content().string(
                        containsString("Возможных дубликатов этого лица отправлено на проверку: 1.")));
        long pair = jdbc.sql("""
                select id from duplicate_candidate where source = 'CORRECTION' and status = 'OPEN'
                    and person_low = least(?, ?) and person_high = greatest(?, ?)""")
                .params(registered.id(), typedWrong.id(), registered.id(), typedWrong.id()).query(Long.class).single();
        mvc.perform(as("supervisor", get("/people/duplicates/" + pair)))
                .andExpect(content().string(allOf(containsString(registered.reference()),
                        containsString(typedWrong.reference()), containsString("After a correction"))));

        mvc.perform(as("supervisor", post("/people/duplicates/" + pair + "/not-same")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        PersonView decided = records.byId(typedWrong.id()).orElseThrow();
        MvcResult again = mvc.perform(edit(decided, "en", "givenNames", form.getGivenNames(), "birthDate",
                "1988-03-04")).andExpect(flash().attribute("possibleDuplicates", 0)).andReturn();
        mvc.perform(as("caseworker", get("/people/" + typedWrong.id())).cookie(again.getResponse().getCookies()))
                .andExpect(content().string(allOf(containsString("Corrected:"),
                        not(containsString("queued for review")))));
        assertThat(jdbc.sql("""
                select status from duplicate_candidate
                where person_low = least(?, ?) and person_high = greatest(?, ?)""")
                .params(registered.id(), typedWrong.id(), registered.id(), typedWrong.id()).query(String.class)
                .list()).containsExactly("NOT_SAME");
    }

    @Test
    void anEmptyFamilyNameIsRefusedBesideTheFieldWithTheOtherValuesKeptAndNothingSaved() throws Exception {
        PersonView person = aPerson();

        mvc.perform(edit(person, "ru", "familyName", " ", "birthPlace", "Urgut"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"familyName-error\""),
                        containsString("Введите фамилию"), containsString("value=\"Urgut\""),
                        containsString("value=\"" + person.givenNames() + "\""))));

        assertUnchanged(person);
    }

    @Test
    void aBirthDateInTheFutureIsRefusedBesideTheField() throws Exception {
        PersonView person = aPerson();

        mvc.perform(edit(person, "en", "birthDate", LocalDate.now(clock).plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"birthDate-error\""),
                        containsString("The birth date cannot be in the future."))));

        assertUnchanged(person);
    }

    @Test
    void aDistrictOfAnotherRegionIsRefusedBesideTheField() throws Exception {
        PersonView person = aPerson();

        mvc.perform(edit(person, "en", "homeRegion", "UZ-SA", "homeDistrict", "UZ-AN-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"homeDistrict-error\""),
                        containsString("Choose a district of the chosen region."))));

        assertUnchanged(person);
    }

    @Test
    void aDocumentOrPhoneSentWithTheFormIsIgnored() throws Exception {
        PersonView person = aPerson();

        mvc.perform(edit(person, "en", "documentNumber", "AB1234567", "documentType", "NONSENSE", "phone",
                        "+998 90 000 00 00", "patronymic", "Karimovich"))
                .andExpect(status().isFound());

        assertThat(records.byId(person.id()).orElseThrow().patronymic()).isEqualTo("Karimovich");
        assertThat(records.documents(person.id())).isEmpty();
        assertThat(records.contacts(person.id())).isEmpty();
    }

    @Test
    void aMergedRecordSendsTheOfficerToTheOneThatSurvivedWithWhatWasTyped() throws Exception {
        PersonView survivor = aPerson();
        PersonView merged = aPerson();
        jdbc.sql("update person set merged_into = ? where id = ?").params(survivor.id(), merged.id()).update();

        mvc.perform(as("caseworker", get("/people/" + merged.id() + "/edit")))
                .andExpect(redirectedUrl("/people/" + survivor.id() + "/edit"));
        mvc.perform(edit(merged, "en", "birthPlace", "Kattaqo'rg'on"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Record " + merged.reference() + " was merged into "
                        + survivor.reference()), containsString("action=\"/people/" + survivor.id() + "/edit\""),
                        containsString("value=\"Kattaqo&#39;rg&#39;on\""))));

        assertThat(records.byId(merged.id()).orElseThrow().birthPlace()).isNull();
        assertThat(records.byId(survivor.id()).orElseThrow().birthPlace()).isNull();
    }

    @Test
    void onlyWritersSeeTheEditLinkAndOpenOrSendTheEditPage() throws Exception {
        PersonView person = aPerson();

        mvc.perform(as("caseworker", get("/people/" + person.id())))
                .andExpect(content().string(containsString("href=\"/people/" + person.id() + "/edit\"")));
        mvc.perform(as("auditor", get("/people/" + person.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/people/" + person.id() + "/edit"))));
        mvc.perform(as("auditor", get("/people/" + person.id() + "/edit"))).andExpect(status().isForbidden());
        mvc.perform(as("auditor", post("/people/" + person.id() + "/edit")).with(csrf())
                .param("familyName", "Changed").param("givenNames", "Changed")).andExpect(status().isForbidden());
        mvc.perform(as("admin", get("/people/" + person.id() + "/edit"))).andExpect(status().isForbidden());

        assertUnchanged(person);
    }

    private void assertUnchanged(PersonView person) {
        assertThat(records.byId(person.id()).orElseThrow()).isEqualTo(person);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERSON_UPDATED' and entity_id = ?")
                .param(Long.toString(person.id())).query(Long.class).single()).isZero();
    }

    private PersonView aPerson() {
        return people.registered(RegistrationFixtures.aPerson(RegistrationFixtures.aName(),
                RegistrationFixtures.aName(), 1988));
    }

    /** The edit form as the page sends it: the person's recorded values, with {@code changes} (name, value…). */
    private MockHttpServletRequestBuilder edit(PersonView person, String language, String... changes) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("familyName", person.familyName());
        values.put("givenNames", person.givenNames());
        values.put("sex", person.sex());
        values.put("birthYear", String.valueOf(person.birthYear()));
        values.put("citizenship", person.citizenship());
        values.put("homeRegion", person.homeRegion());
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = as("caseworker", post("/people/" + person.id() + "/edit"), language)
                .with(csrf());
        values.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return as(username, request, "en");
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request,
            String language) {
        return request.with(user(userDetails.loadUserByUsername(username))).header("Accept-Language", language);
    }
}
