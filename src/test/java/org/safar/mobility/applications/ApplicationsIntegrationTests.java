package org.safar.mobility.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safar.mobility.MobilityFixtures.asSystem;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.mobility.vacancies.Vacancies;
import org.safar.mobility.vacancies.Vacancy;
import org.safar.people.PersonId;
import org.safar.people.ProfileSection;
import org.safar.people.registry.PeopleFixtures;
import org.safar.platform.DomainException;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@SafarIntegrationTest
class ApplicationsIntegrationTests {

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    PeopleFixtures people;

    @Autowired
    Applications applications;

    @Autowired
    Vacancies vacancies;

    @Autowired
    List<ProfileSection> sections;

    @Test
    void departureAndReturnAreShownOnThePersonsProfile() {
        Vacancy vacancy = publishedVacancy("Carer");
        PersonId person = registered();
        long id = asSystem(() -> applications.apply(vacancy, person));
        LocalDate departed = LocalDate.now().minusMonths(3);
        asSystem(() -> {
            applications.move(id, ApplicationStatus.SHORTLISTED, null, null, null);
            applications.move(id, ApplicationStatus.OFFERED, null, null, null);
            applications.move(id, ApplicationStatus.CONTRACT_SIGNED, null, null, null);
            applications.move(id, ApplicationStatus.DEPARTED, null, departed, departed.plusYears(1));
            applications.move(id, ApplicationStatus.RETURNED, null, LocalDate.now(), null);
            return null;
        });

        ProfileSection.Shown shown = asStaff(() -> section().entriesFor(person, Locale.ENGLISH));

        assertThat(shown.visible()).isTrue();
        assertThat(shown.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo("Returned");
            assertThat(entry.description()).contains("Carer").contains("departed on " + departed)
                    .contains("returned on");
        });
        VacancyApplication application = applications.byId(id).orElseThrow();
        assertThat(application.departureCountry()).isEqualTo("RU");
    }

    @Test
    void departureNeedsItsDatesAndStepsCannotBeSkipped() {
        Vacancy vacancy = publishedVacancy("Mason");
        long id = asSystem(() -> applications.apply(vacancy, registered()));

        assertThatThrownBy(() -> applications.move(id, ApplicationStatus.DEPARTED, null, LocalDate.now(), null))
                .isInstanceOf(DomainException.class).hasMessage("application.move.refused");
        asSystem(() -> {
            applications.move(id, ApplicationStatus.SHORTLISTED, null, null, null);
            applications.move(id, ApplicationStatus.OFFERED, null, null, null);
            applications.move(id, ApplicationStatus.CONTRACT_SIGNED, null, null, null);
            return null;
        });
        assertThatThrownBy(() -> applications.move(id, ApplicationStatus.DEPARTED, null, LocalDate.now(), null))
                .isInstanceOf(DomainException.class).hasMessage("application.departure.dates");
        assertThat(applications.byId(id).orElseThrow().status()).isEqualTo(ApplicationStatus.CONTRACT_SIGNED);
    }

    @Test
    void aPersonAppliesOnceToAVacancy() {
        Vacancy vacancy = publishedVacancy("Cook");
        PersonId person = registered();
        asSystem(() -> applications.apply(vacancy, person));

        assertThatThrownBy(() -> asSystem(() -> applications.apply(vacancy, person)))
                .isInstanceOf(DomainException.class).hasMessage("application.duplicate");
    }

    @Test
    void anAgencyUserDoesNotSeeTheSectionOnProfiles() {
        ProfileSection.Shown shown = as(Role.AGENCY, () -> section().entriesFor(registered(), Locale.ENGLISH));
        assertThat(shown.visible()).isFalse();
    }

    @Test
    void applicationsFollowAMergedPersonToTheRecordThatRemainsEvenWhenToldTwice() {
        Vacancy vacancy = publishedVacancy("Welder");
        PersonId merged = registered();
        PersonId survivor = registered();
        long id = asSystem(() -> applications.apply(vacancy, merged));

        applications.movePerson(merged, survivor);
        applications.movePerson(merged, survivor);

        assertThat(applications.byId(id).orElseThrow().personId()).isEqualTo(survivor.value());
    }

    private Vacancy publishedVacancy(String title) {
        MadeAgency agency = fixtures.agency("RU");
        return vacancies.byId(fixtures.publishedVacancy(agency, "RU", title)).orElseThrow();
    }

    private PersonId registered() {
        return asSystem(() -> people.register(PeopleFixtures.latin(PeopleFixtures.Name.random(),
                LocalDate.of(1990, 5, 17))));
    }

    private ProfileSection section() {
        return sections.stream().filter(s -> s.id().equals("applications")).findFirst().orElseThrow();
    }

    private static <T> T asStaff(java.util.function.Supplier<T> work) {
        return as(Role.CASE_WORKER, work);
    }

    private static <T> T as(Role role, java.util.function.Supplier<T> work) {
        StaffUser user = new StaffUser(-1, "someone", "Someone", EnumSet.of(role), Set.of(1L), true, false, null,
                true, false);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
