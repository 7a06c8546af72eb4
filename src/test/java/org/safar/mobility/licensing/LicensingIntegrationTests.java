package org.safar.mobility.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safar.mobility.MobilityFixtures.asSystem;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safar.mobility.LicenceChecks;
import org.safar.mobility.LicenceRevoked;
import org.safar.mobility.LicenceStatus;
import org.safar.mobility.LicenceSuspended;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.mobility.PublicVacancies;
import org.safar.mobility.vacancies.Vacancies;
import org.safar.mobility.vacancies.VacancyStatus;
import org.safar.platform.DomainException;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SafarIntegrationTest
@RecordApplicationEvents
class LicensingIntegrationTests {

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    LicensingDesk desk;

    @Autowired
    LicenceChecks checks;

    @Autowired
    PublicVacancies publicVacancies;

    @Autowired
    Vacancies vacancies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    LicenceExpiry expiry;

    @Test
    void suspendedLicenceHidesItsVacanciesAtOnce() {
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Mason");
        assertThat(publicVacancies.find(vacancy, Locale.ENGLISH)).isPresent();

        asSystem(() -> {
            desk.suspend(agency.id(), "Fees charged to migrants");
            return null;
        });

        assertThat(publicVacancies.find(vacancy, Locale.ENGLISH)).isEmpty();
        assertThat(vacancies.byId(vacancy).orElseThrow().status()).isEqualTo(VacancyStatus.VERIFIED);
        assertThat(checks.search(agency.taxNumber())).singleElement()
                .satisfies(check -> assertThat(check.status()).isEqualTo(LicenceStatus.SUSPENDED));
        assertThat(events.stream(LicenceSuspended.class)).singleElement().satisfies(event -> {
            assertThat(event.agencyId()).isEqualTo(agency.id());
            assertThat(event.vacanciesUnpublished()).isEqualTo(1);
        });
        assertThat(auditActions(agency)).contains("LICENCE_SUSPENDED");
    }

    @Test
    void liftingASuspensionPublishesTheVerifiedVacanciesAgain() {
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Plasterer");
        asSystem(() -> {
            desk.suspend(agency.id(), "Inspection");
            desk.reinstate(agency.id(), "Inspection passed");
            return null;
        });

        assertThat(publicVacancies.find(vacancy, Locale.ENGLISH)).isPresent();
        assertThat(agencies().historyOf(desk.require(agency.id()).licenceId())).extracting(LicenceHistoryLine::action)
                .containsExactly("REINSTATED", "SUSPENDED", "GRANTED");
    }

    @Test
    void revokedLicenceClosesTheVacanciesAndCannotBeRenewed() {
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Welder");

        asSystem(() -> {
            desk.revoke(agency.id(), "Fake job offers");
            return null;
        });

        assertThat(vacancies.byId(vacancy).orElseThrow().status()).isEqualTo(VacancyStatus.CLOSED);
        assertThat(events.stream(LicenceRevoked.class)).singleElement()
                .satisfies(event -> assertThat(event.vacanciesClosed()).isEqualTo(1));
        assertThatThrownBy(() -> desk.renew(agency.id(), LocalDate.now().plusYears(5), List.of("RU")))
                .isInstanceOf(DomainException.class).hasMessage("licence.revoked.final");
    }

    @Test
    void theDailyJobMarksOverdueLicencesExpiredAndWarnsOnceBeforeExpiry() {
        MadeAgency overdue = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(overdue, "RU", "Driver");
        MadeAgency soon = fixtures.agency("KR");
        jdbc.sql("update licence set expires_on = ? where agency_id = ?").params(LocalDate.now().minusDays(1),
                overdue.id()).update();
        jdbc.sql("update licence set expires_on = ? where agency_id = ?").params(LocalDate.now().plusDays(10),
                soon.id()).update();

        asSystem(() -> desk.expireOverdue());
        List<Agency> warned = asSystem(() -> desk.warnExpiring(30));
        List<Agency> warnedAgain = asSystem(() -> desk.warnExpiring(30));

        assertThat(desk.require(overdue.id()).status()).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(publicVacancies.find(vacancy, Locale.ENGLISH)).isEmpty();
        assertThat(warned).extracting(Agency::id).contains(soon.id());
        assertThat(warnedAgain).extracting(Agency::id).doesNotContain(soon.id());
    }

    @Test
    void theScheduledJobRunsAsTheSystemAndLeavesAHistoryLine() {
        MadeAgency overdue = fixtures.agency("RU");
        jdbc.sql("update licence set expires_on = ? where agency_id = ?").params(LocalDate.now().minusDays(2),
                overdue.id()).update();

        expiry.daily();

        Agency expired = desk.require(overdue.id());
        assertThat(expired.status()).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(agencies().historyOf(expired.licenceId())).first().satisfies(line -> {
            assertThat(line.action()).isEqualTo("EXPIRED");
            assertThat(line.actor()).isEqualTo("system:licence-expiry");
        });
    }

    @Test
    void renewingAnExpiredLicenceMakesItActiveForTheChosenCountries() {
        MadeAgency agency = fixtures.agency("RU");
        jdbc.sql("update licence set expires_on = ?, status = 'EXPIRED' where agency_id = ?")
                .params(LocalDate.now().minusDays(3), agency.id()).update();

        asSystem(() -> {
            desk.renew(agency.id(), LocalDate.now().plusYears(3), List.of("RU", "DE"));
            return null;
        });

        Agency renewed = desk.require(agency.id());
        assertThat(renewed.status()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(renewed.countries()).containsExactly("DE", "RU");
    }

    @Test
    void aTaxNumberAlreadyInTheRegisterIsRefused() {
        MadeAgency agency = fixtures.agency();
        AgencyForm form = new AgencyForm();
        form.setLegalName("Another name");
        form.setTaxNumber(agency.taxNumber());
        form.setAddress("Toshkent");
        form.setLicenceNumber("NEW-" + System.nanoTime() % 100000);
        form.setIssuedOn(LocalDate.now());
        form.setExpiresOn(LocalDate.now().plusYears(1));
        form.setCountries(List.of("RU"));

        assertThatThrownBy(() -> asSystem(() -> desk.register(form))).isInstanceOf(DomainException.class)
                .hasMessage("agency.taxNumber.taken");
    }

    @Test
    void suspendingNeedsAReason() {
        MadeAgency agency = fixtures.agency();
        assertThatThrownBy(() -> desk.suspend(agency.id(), " ")).isInstanceOf(DomainException.class)
                .hasMessage("licence.reason.required");
        assertThat(desk.require(agency.id()).status()).isEqualTo(LicenceStatus.ACTIVE);
    }

    private Agencies agencies() {
        return new Agencies(jdbc);
    }

    private List<String> auditActions(MadeAgency agency) {
        return jdbc.sql("select action from audit_event where entity_id = ? order by seq")
                .param(agency.licenceNumber().toUpperCase()).query(String.class).list();
    }
}
