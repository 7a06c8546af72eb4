package org.safar.mobility.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.safar.mobility.MobilityFixtures.asSystem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.mobility.applications.Applications;
import org.safar.people.PersonId;
import org.safar.people.registry.PeopleFixtures;
import org.safar.platform.DomainException;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A vacancy may require a pre-departure course of the training module: only a course that exists, shown by its
 * name, and each applicant shown with or without a valid certificate of it.
 */
@SafarIntegrationTest
class RequiredCourseIntegrationTests {

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    PeopleFixtures people;

    @Autowired
    VacancyDesk desk;

    @Autowired
    Vacancies vacancies;

    @Autowired
    Applications applications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    record Held(long personId, String courseCode, String certificate) {
    }

    @Test
    void aVacancyCannotRequireACourseThatDoesNotExist() {
        MadeAgency agency = fixtures.agency("KR");
        VacancyForm form = MobilityFixtures.vacancy(fixtures.employer("KR"), "KR", "Welder");
        form.setRequiredCourseCode("NO-SUCH-COURSE");

        assertThatThrownBy(() -> asSystem(() -> desk.draft(agency.id(), form)))
                .isInstanceOf(DomainException.class).hasMessage("vacancy.course.unknown");
    }

    @Test
    void theVacancyPageShowsTheCourseByNameAndWhichApplicantsHoldAValidCertificate() throws Exception {
        Held held = jdbc.sql("""
                select c.person_id, k.code as course_code, c.code as certificate from training_certificate c
                join training_course k on k.id = c.course_id
                join person p on p.id = c.person_id and p.merged_into is null
                where c.revoked_at is null order by c.id limit 1""").query(Held.class).single();
        String courseName = jdbc.sql("select name_en from training_course where code = ?").param(held.courseCode())
                .query(String.class).single();
        MadeAgency agency = fixtures.agency("KR");
        VacancyForm form = MobilityFixtures.vacancy(fixtures.employer("KR"), "KR", "Assembly worker");
        form.setRequiredCourseCode(held.courseCode());
        long id = asSystem(() -> {
            long drafted = desk.draft(agency.id(), form);
            desk.submit(drafted, Optional.empty());
            desk.verify(drafted);
            return drafted;
        });
        Vacancy vacancy = vacancies.byId(id).orElseThrow();
        PersonId withoutCertificate = asSystem(() -> people.register(PeopleFixtures.latin(
                PeopleFixtures.Name.random(), LocalDate.of(1991, 2, 3))));
        asSystem(() -> applications.apply(vacancy, PersonId.of(held.personId())));
        asSystem(() -> applications.apply(vacancy, withoutCertificate));

        mvc.perform(get("/mobility/vacancies/{id}", id).with(user(users.loadUserByUsername("licensing")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(courseName),
                        containsString("Valid certificate " + held.certificate().trim()),
                        containsString("No valid certificate"))));
        assertThat(vacancy.requiredCourseCode()).isEqualTo(held.courseCode());
    }
}
