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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.safar.people.ConsentPurpose;
import org.safar.people.Consents;
import org.safar.people.PersonView;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.ContactKind;
import org.safar.people.registry.PersonContacts;
import org.safar.people.registry.PersonRecords;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Other names, contacts, documents, family links and consent are added on the profile by the registry's writers,
 * each change leaving a line in the audit trail.
 */
@SafarIntegrationTest
class PersonDetailsPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixtures people;

    @Autowired
    PersonContacts contacts;

    @Autowired
    Consents consents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Clock clock;

    @Autowired
    PersonRecords records;

    @Test
    void anOtherNameAddedOnTheProfileFindsThePersonInTheSearch() throws Exception {
        PersonView person = aPerson();
        String alias = RegistrationFixtures.aName() + " " + RegistrationFixtures.aName();

        mvc.perform(change(person, "/aliases").param("aliasName", alias)).andExpect(status().isFound());

        mvc.perform(as("caseworker", get("/people").param("text", alias)))
                .andExpect(content().string(containsString(person.reference())));
        mvc.perform(as("caseworker", get("/people/" + person.id())))
                .andExpect(content().string(allOf(containsString(alias), containsString("entered by staff"))));
    }

    @Test
    void aRemovedOtherNameNoLongerFindsThePersonAndTheRemovalIsAudited() throws Exception {
        PersonView person = aPerson();
        String alias = RegistrationFixtures.aName() + " " + RegistrationFixtures.aName();
        mvc.perform(change(person, "/aliases").param("aliasName", alias));
        long id = aliasId(person, alias);
        mvc.perform(as("caseworker", get("/people/" + person.id())))
                .andExpect(content().string(containsString("/people/" + person.id() + "/aliases/" + id + "/remove")));

        mvc.perform(change(person, "/aliases/" + id + "/remove")).andExpect(status().isFound());

        mvc.perform(as("caseworker", get("/people").param("text", alias)))
                .andExpect(content().string(not(containsString(person.reference()))));
        mvc.perform(as("caseworker", get("/people/" + person.id())))
                .andExpect(content().string(allOf(not(containsString(alias)), containsString("No other names"))));
        assertThat(summaries(person)).containsExactly("ALIAS: other name added", "ALIAS: other name removed");
    }

    @Test
    void thePersonsCurrentNameInAnyScriptCannotBeRemovedAsAnOtherName() throws Exception {
        PersonView person = aPerson();
        String cyrillic = ScriptTransliteration.toUzbekCyrillic(person.fullName());
        mvc.perform(change(person, "/aliases").param("aliasName", person.fullName().toUpperCase()));
        mvc.perform(change(person, "/aliases").param("aliasName", cyrillic));
        long id = aliasId(person, person.fullName().toUpperCase());
        long inCyrillic = aliasId(person, cyrillic);

        mvc.perform(as("caseworker", get("/people/" + person.id())))
                .andExpect(content().string(allOf(containsString("current name"),
                        not(containsString("/aliases/" + id + "/remove")),
                        not(containsString("/aliases/" + inCyrillic + "/remove")))));
        mvc.perform(change(person, "/aliases/" + id + "/remove", "ru"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Это текущее имя лица")));
        mvc.perform(change(person, "/aliases/" + inCyrillic + "/remove", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("or the same name in another script or spelling")));

        assertThat(aliasId(person, person.fullName().toUpperCase())).isEqualTo(id);
        assertThat(aliasId(person, cyrillic)).isEqualTo(inCyrillic);
    }

    @Test
    void aDocumentAnotherRecordAlreadyHasQueuesThePairForReviewAndTheOfficerIsTold() throws Exception {
        PersonView holder = aPerson();
        PersonView other = aPerson();
        String number = "FB" + (1_000_000 + System.nanoTime() % 9_000_000);
        mvc.perform(change(holder, "/documents").param("documentType", "PASSPORT").param("documentNumber", number)
                .param("documentCountry", "UZ"));

        MvcResult added = mvc.perform(change(other, "/documents", "uz").param("documentType", "PASSPORT")
                        .param("documentNumber", number).param("documentCountry", "UZ"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("possibleDuplicates", 1)).andReturn();
        mvc.perform(as("caseworker", get("/people/" + other.id()), "uz").cookie(added.getResponse().getCookies()))
                .andExpect(content().string(containsString("Ushbu shaxsning tekshiruvga yuborilgan ehtimoliy "
                        + "takrorlari: 1.")));
        assertThat(jdbc.sql("""
                select source from duplicate_candidate where status = 'OPEN'
                    and person_low = least(?, ?) and person_high = greatest(?, ?)""")
                .params(holder.id(), other.id(), holder.id(), other.id()).query(String.class).single())
                .isEqualTo("CORRECTION");
    }

    @Test
    void aCorrectedDocumentIsFoundByItsNewNumberOnlyAndANumberIsNeverAudited() throws Exception {
        PersonView person = aPerson();
        mvc.perform(change(person, "/documents").param("documentType", "PASSPORT").param("documentNumber", "FA7654321")
                .param("documentCountry", "UZ"));
        long document = records.documents(person.id()).get(0).id();
        mvc.perform(as("caseworker", get("/people/" + person.id() + "/documents/" + document)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"FA7654321\""),
                        containsString("<option value=\"PASSPORT\" selected=\"selected\""))));

        mvc.perform(change(person, "/documents/" + document).param("documentType", "ID_CARD")
                        .param("documentNumber", "FA7654322").param("documentCountry", "kz")
                        .param("issuedOn", "2024-01-10").param("expiresOn", "2024-01-10"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"expiresOn-error\""),
                        containsString("value=\"FA7654322\""), containsString("value=\"2024-01-10\""))));
        assertThat(records.documents(person.id())).singleElement().extracting(PersonRecords.Document::number)
                .isEqualTo("FA7654321");
        mvc.perform(change(person, "/documents/" + document).param("documentType", "ID_CARD")
                        .param("documentNumber", "FA7654322").param("documentCountry", "kz")
                        .param("issuedOn", "2024-01-10").param("expiresOn", "2034-01-09"))
                .andExpect(status().isFound());

        assertThat(records.documents(person.id())).singleElement()
                .satisfies(d -> assertThat(d.number()).isEqualTo("FA7654322"))
                .satisfies(d -> assertThat(d.type()).isEqualTo("ID_CARD"))
                .satisfies(d -> assertThat(d.issuingCountry()).isEqualTo("KZ"));
        mvc.perform(as("caseworker", get("/people").param("documentNumber", "FA7654322")))
                .andExpect(content().string(containsString(person.reference())));
        mvc.perform(as("caseworker", get("/people").param("documentNumber", "FA7654321")))
                .andExpect(content().string(not(containsString(person.reference()))));
        assertThat(summaries(person)).containsExactly("DOCUMENT: PASSPORT issued by UZ added",
                "DOCUMENT: ID_CARD issued by KZ corrected");
    }

    @Test
    void aDocumentEnteredByMistakeIsRemoved() throws Exception {
        PersonView person = aPerson();
        mvc.perform(change(person, "/documents").param("documentType", "PASSPORT").param("documentNumber", "FA1112223")
                .param("documentCountry", "UZ"));
        long document = records.documents(person.id()).get(0).id();

        mvc.perform(change(person, "/documents/" + document + "/remove")).andExpect(status().isFound());

        assertThat(records.documents(person.id())).isEmpty();
        assertThat(summaries(person)).containsExactly("DOCUMENT: PASSPORT issued by UZ added",
                "DOCUMENT: PASSPORT issued by UZ removed");
    }

    @Test
    void aDocumentOfAnotherPersonCannotBeCorrectedOrRemovedThroughThisOne() throws Exception {
        PersonView holder = aPerson();
        PersonView other = aPerson();
        mvc.perform(change(holder, "/documents").param("documentType", "PASSPORT").param("documentNumber", "FA3334445")
                .param("documentCountry", "UZ"));
        long document = records.documents(holder.id()).get(0).id();

        mvc.perform(as("caseworker", get("/people/" + other.id() + "/documents/" + document)))
                .andExpect(status().isNotFound());
        mvc.perform(change(other, "/documents/" + document).param("documentType", "PASSPORT")
                .param("documentNumber", "FA0000000").param("documentCountry", "UZ")).andExpect(status().isNotFound());
        mvc.perform(change(other, "/documents/" + document + "/remove")).andExpect(status().isNotFound());

        assertThat(records.documents(holder.id())).singleElement().extracting(PersonRecords.Document::number)
                .isEqualTo("FA3334445");
    }

    @Test
    void aPhoneIsShownDecryptedOnTheProfileButNeverStoredInClear() throws Exception {
        String digits = "9989" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        String typed = "+" + digits.substring(0, 3) + " " + digits.substring(3, 5) + " " + digits.substring(5, 8)
                + "-" + digits.substring(8, 10) + "-" + digits.substring(10);
        PersonView person = aPerson();

        mvc.perform(change(person, "/contacts").param("contactKind", "PHONE").param("contactValue", typed))
                .andExpect(status().isFound());

        mvc.perform(as("caseworker", get("/people/" + person.id())))
                .andExpect(content().string(containsString(typed)));
        byte[] stored = jdbc.sql("select value from person_contact where person_id = ?").param(person.id())
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(digits)
                .doesNotContain(digits.substring(3));
        String hash = jdbc.sql("select value_hash from person_contact where person_id = ?").param(person.id())
                .query(String.class).single();
        assertThat(contacts.lookupHash(ContactKind.PHONE, digits)).isEqualTo(hash);
        assertThat(contacts.lookupHash(ContactKind.PHONE, "+998 90 123-45-67"))
                .isEqualTo(contacts.lookupHash(ContactKind.PHONE, "998901234567"));
    }

    @Test
    void aContactIsRemovedFromTheProfile() throws Exception {
        PersonView person = aPerson();
        mvc.perform(change(person, "/contacts").param("contactKind", "TELEGRAM").param("contactValue", "@safar_test"));
        long contact = jdbc.sql("select id from person_contact where person_id = ?").param(person.id())
                .query(Long.class).single();

        mvc.perform(change(person, "/contacts/" + contact + "/remove")).andExpect(status().isFound());

        assertThat(jdbc.sql("select count(*) from person_contact where person_id = ?").param(person.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anInvalidEmailAddressComesBackWithATranslatedErrorBesideTheField() throws Exception {
        PersonView person = aPerson();

        mvc.perform(change(person, "/contacts", "ru").param("contactKind", "EMAIL")
                        .param("contactValue", "dilnoza.mail.uz"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Введите адрес электронной почты"),
                        containsString("aria-invalid=\"true\""), containsString("value=\"dilnoza.mail.uz\""))));
        assertThat(jdbc.sql("select count(*) from person_contact where person_id = ?").param(person.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDocumentThatExpiresBeforeItWasIssuedIsRefusedAndAValidOneIsShown() throws Exception {
        PersonView person = aPerson();

        mvc.perform(change(person, "/documents").param("documentType", "FOREIGN_PASSPORT")
                        .param("documentNumber", "FA1234567").param("documentCountry", "uz")
                        .param("issuedOn", "2024-01-10").param("expiresOn", "2023-01-10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be valid until a date after it was issued")));
        mvc.perform(change(person, "/documents").param("documentType", "FOREIGN_PASSPORT")
                        .param("documentNumber", "FA1234567").param("documentCountry", "uz")
                        .param("issuedOn", "2024-01-10").param("expiresOn", "2034-01-09"))
                .andExpect(status().isFound());

        mvc.perform(as("caseworker", get("/people/" + person.id())))
                .andExpect(content().string(allOf(containsString("FA1234567"),
                        containsString("Passport for travel abroad"))));
        assertThat(summaries(person)).noneMatch(summary -> summary.contains("FA1234567"));
    }

    @Test
    void aFamilyLinkIsSeenFromBothSidesAndALinkToOneselfIsRefused() throws Exception {
        PersonView child = aPerson();
        PersonView parent = aPerson();

        mvc.perform(change(child, "/family").param("relation", "PARENT").param("relative", parent.reference()))
                .andExpect(status().isFound());

        mvc.perform(as("caseworker", get("/people/" + child.id())))
                .andExpect(content().string(allOf(containsString("Parent"), containsString(parent.reference()),
                        containsString("href=\"/people/" + parent.id() + "\""))));
        mvc.perform(as("caseworker", get("/people/" + parent.id())))
                .andExpect(content().string(allOf(containsString("Child"), containsString(child.reference()))));
        mvc.perform(change(child, "/family").param("relation", "SIBLING").param("relative", Long.toString(child.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A person cannot be linked to themselves.")));

        mvc.perform(change(parent, "/family/" + child.id() + "/remove")).andExpect(status().isFound());
        assertThat(jdbc.sql("select count(*) from family_link where person_id in (?, ?)")
                .params(child.id(), parent.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aMergedRecordCannotBeLinked() throws Exception {
        PersonView person = aPerson();
        PersonView survivor = aPerson();
        PersonView merged = aPerson();
        jdbc.sql("update person set merged_into = ? where id = ?").params(survivor.id(), merged.id()).update();

        mvc.perform(change(person, "/family", "ru").param("relation", "SPOUSE")
                        .param("relative", merged.reference()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись " + merged.reference() + " объединена")));
    }

    @Test
    void consentIsRecordedThenWithdrawnAndEveryChangeIsAudited() throws Exception {
        PersonView person = aPerson();

        mvc.perform(change(person, "/consents").param("purpose", "REFERRAL").param("given", "true")
                .param("recordedOn", today().toString())).andExpect(status().isFound());
        assertThat(consents.hasValidConsent(person.personId(), ConsentPurpose.REFERRAL)).isTrue();
        mvc.perform(as("caseworker", get("/people/" + person.id())))
                .andExpect(content().string(allOf(containsString("Referral to a service provider"),
                        containsString("Record details changed"))));

        long consent = consents.of(person.personId()).get(0).id();
        mvc.perform(change(person, "/consents/" + consent + "/withdraw")).andExpect(status().isFound());

        assertThat(consents.hasValidConsent(person.personId(), ConsentPurpose.REFERRAL)).isFalse();
        assertThat(jdbc.sql("select recorded_by from consent where id = ?").param(consent).query(String.class)
                .single()).isEqualTo("caseworker");
        assertThat(summaries(person)).containsExactly("CONSENT: REFERRAL given on " + today(),
                "CONSENT: REFERRAL withdrawn on " + today());
    }

    @Test
    void anAuditorReadsTheProfileButMayNotChangeIt() throws Exception {
        PersonView person = aPerson();

        mvc.perform(as("auditor", get("/people/" + person.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/people/" + person.id() + "/aliases"))));
        for (String path : new String[] { "/aliases", "/aliases/1/remove", "/contacts", "/contacts/1/remove",
                "/documents", "/documents/1", "/documents/1/remove", "/family", "/family/1/remove", "/consents",
                "/consents/1/withdraw", "/edit" }) {
            mvc.perform(as("auditor", post("/people/" + person.id() + path)).with(csrf()).param("aliasName", "X"))
                    .andExpect(status().isForbidden());
        }
        for (String path : new String[] { "/edit", "/documents/1" }) {
            mvc.perform(as("auditor", get("/people/" + person.id() + path))).andExpect(status().isForbidden());
        }
        assertThat(summaries(person)).isEmpty();
    }

    @Test
    void aDistrictChosenInTheFormIsShownByItsNameInRussian() throws Exception {
        String district = jdbc.sql("select code from district where region_code = 'UZ-SA' order by sort_order limit 1")
                .query(String.class).single();
        String russian = jdbc.sql("select name_ru from district where code = ?").param(district)
                .query(String.class).single();

        mvc.perform(as("caseworker", post("/people/new")).with(csrf())
                        .param("familyName", RegistrationFixtures.aName())
                        .param("givenNames", RegistrationFixtures.aName())
                        .param("birthYear", "1977").param("homeRegion", "UZ-SA").param("homeDistrict", district)
                        .param("documentType", "PASSPORT").param("confirmedNew", "true"))
                .andExpect(status().isFound());
        long id = jdbc.sql("select id from person where home_district = ? order by id desc limit 1").param(district)
                .query(Long.class).single();

        mvc.perform(as("caseworker", get("/people/" + id), "ru"))
                .andExpect(content().string(containsString(russian)));
    }

    @Test
    void aDistrictOfAnotherRegionIsRefused() throws Exception {
        mvc.perform(as("caseworker", post("/people/new")).with(csrf())
                        .param("familyName", RegistrationFixtures.aName())
                        .param("givenNames", RegistrationFixtures.aName())
                        .param("homeRegion", "UZ-SA").param("homeDistrict", "UZ-AN-01")
                        .param("documentType", "PASSPORT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a district of the chosen region.")));
    }

    private long aliasId(PersonView person, String name) {
        return jdbc.sql("select id from person_alias where person_id = ? and full_name = ?").params(person.id(), name)
                .query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private PersonView aPerson() {
        return people.registered(RegistrationFixtures.aPerson(RegistrationFixtures.aName(),
                RegistrationFixtures.aName(), 1988));
    }

    private MockHttpServletRequestBuilder change(PersonView person, String path) {
        return change(person, path, "en");
    }

    private MockHttpServletRequestBuilder change(PersonView person, String path, String language) {
        return as("caseworker", post("/people/" + person.id() + path), language).with(csrf());
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return as(username, request, "en");
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request,
            String language) {
        return request.with(user(userDetails.loadUserByUsername(username))).header("Accept-Language", language);
    }

    private List<String> summaries(PersonView person) {
        return jdbc.sql("""
                select summary from audit_event where entity_type = 'Person' and entity_id = ?
                and action = 'PERSON_DETAILS_CHANGED' order by seq""").param(Long.toString(person.id()))
                .query(String.class).list();
    }
}
