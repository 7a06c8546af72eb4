package org.safar.mobility.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.mobility.MobilityFixtures.asSystem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.people.registry.PeopleFixtures;
import org.safar.people.registry.PeopleFixtures.Name;
import org.safar.people.registry.Registration;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An agency adds the migrant in front of it from their passport, on the vacancy's page: the registry finds the
 * person or registers them, and the agency learns nothing else of the registry.
 */
@SafarIntegrationTest
class PassportApplicationsIntegrationTests {

    static final LocalDate BORN = LocalDate.of(1994, 3, 21);

    @Autowired
    MockMvc mvc;

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    PeopleFixtures registry;

    @Autowired
    People people;

    @Autowired
    Applications applications;

    @Autowired
    StaffFixtures staff;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonRegisteredInLatinIsFoundByPassportAndNameTypedInCyrillicAndNotRegisteredAgain() throws Exception {
        Name name = Name.random();
        String passport = PeopleFixtures.documentNumber();
        PersonId known = registeredWith(PeopleFixtures.latin(name, BORN), passport);
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Bricklayer");
        UserDetails agent = agencyUser(agency);

        MvcResult added = mvc.perform(entry(agent, vacancy, "ru", passport.toLowerCase(), name.familyCyrl(),
                name.givenCyrl(), BORN)).andReturn();
        String page = mvc.perform(get(added.getResponse().getRedirectedUrl().replace("#applications", ""))
                .header("Accept-Language", "ru")
                .cookie(added.getResponse().getCookies())
                .with(user(agent))).andReturn()
                .getResponse().getContentAsString();

        VacancyApplication application = applications.ofVacancy(vacancy).get(0);
        assertThat(page).contains("Кандидат добавлен: заявка " + application.reference());
        assertThat(application.personId()).isEqualTo(known.value());
        assertThat(people.holdersOf(passport, "UZ")).extracting(PersonView::id).containsExactly(known.value());
    }

    @Test
    void anUnknownPassportRegistersThePersonWhoseProfileShowsTheApplicationAndNamesakesAwaitReview()
            throws Exception {
        Name name = Name.random();
        PersonId namesake = asSystem(() -> registry.register(PeopleFixtures.latin(name, BORN)));
        String passport = PeopleFixtures.documentNumber();
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Greenhouse picker");

        var added = addApplicant(agencyUser(agency), vacancy, "en", passport, name.family(), name.given(), BORN);

        assertThat(added.getStatus()).isEqualTo(302);
        List<PersonView> holders = people.holdersOf(passport, "UZ");
        assertThat(holders).singleElement().satisfies(p -> assertThat(p.id()).isNotEqualTo(namesake.value()));
        VacancyApplication application = applications.ofVacancy(vacancy).get(0);
        assertThat(application.personId()).isEqualTo(holders.get(0).id());
        String profile = mvc.perform(get("/people/" + application.personId()).header("Accept-Language", "en")
                .with(user(users.loadUserByUsername(staff.newUser(Role.CASE_WORKER))))).andReturn().getResponse()
                .getContentAsString();
        assertThat(profile).contains(application.reference()).contains("Greenhouse picker").contains("Applied");
        assertThat(registry.statusesOf(namesake, PersonId.of(application.personId()))).containsExactly("OPEN");
    }

    @Test
    void aReviewerSeesThatTheNamesakeOfAnApplicantTheAgencyRegisteredWasEnteredByAnAgency() throws Exception {
        Name name = Name.random();
        PersonId namesake = asSystem(() -> registry.register(PeopleFixtures.latin(name, BORN)));
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Tile setter");

        addApplicant(agencyUser(agency), vacancy, "en", PeopleFixtures.documentNumber(), name.family(),
                name.given(), BORN);

        long pair = registry.pairOf(namesake, PersonId.of(applications.ofVacancy(vacancy).get(0).personId()));
        UserDetails supervisor = users.loadUserByUsername("supervisor");
        for (var language : List.of(List.of("en", "Entered by an agency"), List.of("ru", "Внесено агентством"),
                List.of("uz", "Agentlik tomonidan kiritilgan"), List.of("uz-Cyrl", "Агентлик томонидан киритилган"))) {
            String page = mvc.perform(get("/people/duplicates/" + pair).param("lang", language.get(0))
                    .with(user(supervisor))).andReturn().getResponse().getContentAsString();
            assertThat(page).as(language.get(0)).contains(language.get(1));
        }
    }

    @Test
    void aPassportWhoseHolderHasAnotherNameOrBirthDateIsRefusedWithoutSayingWhoHoldsIt() throws Exception {
        Name holder = Name.random();
        String passport = PeopleFixtures.documentNumber();
        PersonId known = registeredWith(PeopleFixtures.latin(holder, BORN), passport);
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Welder");
        UserDetails agent = agencyUser(agency);
        Name other = Name.random();

        var otherName = addApplicant(agent, vacancy, "uz", passport, other.family(), other.given(), BORN);
        var otherBirth = addApplicant(agent, vacancy, "en", passport, holder.family(), holder.given(),
                BORN.plusDays(1));

        assertThat(otherName.getStatus()).isEqualTo(200);
        assertThat(otherName.getContentAsString()).contains("reyestrdagi ushbu pasport yozuviga mos kelmaydi")
                .contains("value=\"" + other.family() + "\"").contains("value=\"" + passport + "\"")
                .doesNotContain(holder.family()).doesNotContain(people.require(known).reference());
        assertThat(otherBirth.getContentAsString()).contains("do not agree with the registry")
                .contains("value=\"" + BORN.plusDays(1) + "\"").doesNotContain(people.require(known).reference());
        assertThat(applications.ofVacancy(vacancy)).isEmpty();
        assertThat(people.holdersOf(passport, "UZ")).extracting(PersonView::id).containsExactly(known.value());
        assertThat(people.search(other.family() + " " + other.given(), 5)).extracting(PersonView::familyName)
                .doesNotContain(other.family());
    }

    @Test
    void aFormWithMissingOrMalformedFieldsKeepsWhatWasTypedAndNamesEachField() throws Exception {
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Plasterer");

        var response = mvc.perform(post("/mobility/vacancies/" + vacancy + "/applicants").with(csrf())
                .with(user(agencyUser(agency))).header("Accept-Language", "ru").param("documentNumber", "АБ12")
                .param("documentCountry", "UZ").param("familyName", "Каримов").param("givenNames", "")
                .param("birthDate", "2001-02-03")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("латинские буквы и цифры").contains("Введите имя.")
                .contains("Выберите пол, как в паспорте.").contains("value=\"Каримов\"")
                .contains("value=\"2001-02-03\"").contains("value=\"АБ12\"");
        assertThat(applications.ofVacancy(vacancy)).isEmpty();
    }

    @Test
    void anAgencyUserCannotAddToAnotherAgencysVacancyNorEnterByRegistryNumber() throws Exception {
        MadeAgency own = fixtures.agency("RU");
        long foreign = fixtures.publishedVacancy(fixtures.agency("RU"), "RU", "Not yours");
        long ownVacancy = fixtures.publishedVacancy(own, "RU", "Yours");
        UserDetails agent = agencyUser(own);
        PersonId someone = asSystem(() -> registry.register(PeopleFixtures.latin(Name.random(), BORN)));

        var toForeign = addApplicant(agent, foreign, "en", PeopleFixtures.documentNumber(), "Karimov", "Rustam",
                BORN);
        int byNumber = mvc.perform(post("/mobility/vacancies/" + ownVacancy + "/applications").with(csrf())
                .with(user(agent)).param("person", Long.toString(someone.value()))).andReturn().getResponse()
                .getStatus();

        assertThat(toForeign.getStatus()).isEqualTo(404);
        assertThat(byNumber).isEqualTo(403);
        assertThat(applications.ofVacancy(foreign)).isEmpty();
        assertThat(applications.ofVacancy(ownVacancy)).isEmpty();
    }

    @Test
    void theAuditTrailRecordsTheEntryWithoutThePassportNumber() throws Exception {
        String passport = PeopleFixtures.documentNumber();
        Name name = Name.random();
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Audited cook");

        addApplicant(agencyUser(agency), vacancy, "en", passport, name.family(), name.given(), BORN);

        String reference = applications.ofVacancy(vacancy).get(0).reference();
        List<String> summaries = jdbc.sql("select summary from audit_event where entity_id = ?").param(reference)
                .query(String.class).list();
        assertThat(summaries).singleElement().asString().contains("by passport (registered)")
                .doesNotContain(passport).doesNotContain(passport.substring(1));
    }

    private PersonId registeredWith(Registration form, String passport) {
        form.setDocumentNumber(passport);
        form.setDocumentCountry("UZ");
        return asSystem(() -> registry.register(form));
    }

    private UserDetails agencyUser(MadeAgency agency) {
        String username = staff.newUser(Role.AGENCY);
        fixtures.link(username, agency);
        return users.loadUserByUsername(username);
    }

    private MockHttpServletResponse addApplicant(UserDetails agent, long vacancy, String language, String passport,
            String family, String given, LocalDate born) throws Exception {
        return mvc.perform(entry(agent, vacancy, language, passport, family, given, born)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder entry(UserDetails agent, long vacancy, String language,
            String passport, String family, String given, LocalDate born) {
        return post("/mobility/vacancies/" + vacancy + "/applicants").with(csrf()).with(user(agent))
                .header("Accept-Language", language).param("documentNumber", passport)
                .param("documentCountry", "UZ").param("familyName", family).param("givenNames", given)
                .param("birthDate", born.toString()).param("sex", "M");
    }
}
