package org.safar.mobility.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safar.mobility.MobilityFixtures.asSystem;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.mobility.PublicVacancies;
import org.safar.mobility.licensing.Employers;
import org.safar.platform.DomainException;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@SafarIntegrationTest
class VacancyWorkflowIntegrationTests {

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    VacancyDesk desk;

    @Autowired
    Vacancies vacancies;

    @Autowired
    Employers employers;

    @Autowired
    PublicVacancies publicVacancies;

    @Test
    void aVacancyIsPublicOnlyOnceALicensingOfficerVerifiedIt() {
        MadeAgency agency = fixtures.agency("RU");
        long employer = fixtures.employer("RU");
        long id = asSystem(() -> desk.draft(agency.id(), MobilityFixtures.vacancy(employer, "RU", "Tiler")));
        assertThat(publicVacancies.find(id, Locale.ENGLISH)).isEmpty();

        asSystem(() -> {
            desk.submit(id, Optional.of(agency.id()));
            return null;
        });
        assertThat(publicVacancies.find(id, Locale.ENGLISH)).isEmpty();

        VacancyStatus status = asSystem(() -> desk.verify(id));

        assertThat(status).isEqualTo(VacancyStatus.PUBLISHED);
        assertThat(publicVacancies.find(id, new Locale("ru"))).hasValueSatisfying(v -> {
            assertThat(v.title()).isEqualTo("Tiler");
            assertThat(v.occupation()).isEqualTo("Каменщики");
            assertThat(v.agency().agencyName()).isEqualTo(agency.name());
        });
        assertThat(vacancies.historyOf(id)).extracting(Vacancies.StatusChange::status).containsExactly(
                VacancyStatus.PUBLISHED, VacancyStatus.VERIFIED, VacancyStatus.SUBMITTED, VacancyStatus.DRAFT);
    }

    @Test
    void aRejectedVacancyGoesBackToItsAgencyWithTheReasonAndCanBeCorrected() {
        MadeAgency agency = fixtures.agency("RU");
        long employer = fixtures.employer("RU");
        long id = asSystem(() -> desk.draft(agency.id(), MobilityFixtures.vacancy(employer, "RU", "Painter")));
        asSystem(() -> {
            desk.submit(id, Optional.empty());
            desk.reject(id, "Wage missing from the demand letter");
            return null;
        });
        assertThat(vacancies.byId(id).orElseThrow().statusReason()).isEqualTo("Wage missing from the demand letter");

        VacancyForm corrected = MobilityFixtures.vacancy(employer, "RU", "Painter and decorator");
        asSystem(() -> {
            desk.correct(id, Optional.of(agency.id()), corrected);
            return null;
        });

        Vacancy vacancy = vacancies.byId(id).orElseThrow();
        assertThat(vacancy.status()).isEqualTo(VacancyStatus.DRAFT);
        assertThat(vacancy.title()).isEqualTo("Painter and decorator");
    }

    @Test
    void anAgencyCannotDraftForACountryItsLicenceDoesNotCover() {
        MadeAgency agency = fixtures.agency("KR");
        long employer = fixtures.employer("RU");

        assertThatThrownBy(() -> desk.draft(agency.id(), MobilityFixtures.vacancy(employer, "RU", "Driver")))
                .isInstanceOf(DomainException.class).hasMessage("vacancy.country.notLicensed");
    }

    @Test
    void aBarredEmployerGetsNoVacancyVerified() {
        MadeAgency agency = fixtures.agency("RU");
        long employer = fixtures.employer("RU");
        long id = asSystem(() -> desk.draft(agency.id(), MobilityFixtures.vacancy(employer, "RU", "Loader")));
        asSystem(() -> {
            desk.submit(id, Optional.empty());
            employers.flag(employer, "BARRED", "Unpaid wages");
            return null;
        });

        assertThatThrownBy(() -> desk.verify(id)).isInstanceOf(DomainException.class)
                .hasMessage("vacancy.employer.barred");
        assertThat(vacancies.byId(id).orElseThrow().status()).isEqualTo(VacancyStatus.SUBMITTED);
    }

    @Test
    void anotherAgencysVacancyIsNotFound() {
        MadeAgency agency = fixtures.agency("RU");
        MadeAgency other = fixtures.agency("RU");
        long id = fixtures.publishedVacancy(agency, "RU", "Cook");

        assertThatThrownBy(() -> desk.require(id, Optional.of(other.id()))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(404));
    }

    @Test
    void statusesMoveOnlyForward() {
        assertThat(VacancyStatus.DRAFT.canMoveTo(VacancyStatus.PUBLISHED)).isFalse();
        assertThat(VacancyStatus.CLOSED.canMoveTo(VacancyStatus.DRAFT)).isFalse();
        assertThat(VacancyStatus.PUBLISHED.canMoveTo(VacancyStatus.VERIFIED)).isTrue();
        assertThat(VacancyStatus.REJECTED.editable()).isTrue();
    }
}
