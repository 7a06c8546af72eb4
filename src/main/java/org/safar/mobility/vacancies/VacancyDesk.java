package org.safar.mobility.vacancies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.safar.mobility.MobilityRecordChanged;
import org.safar.mobility.licensing.Actor;
import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Agency;
import org.safar.mobility.licensing.Employer;
import org.safar.mobility.licensing.Employers;
import org.safar.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vacancy workflow. An agency drafts, corrects and submits its vacancies; a licensing officer verifies or
 * rejects them with a reason. Verifying publishes at once when the agency's licence is active for the country;
 * otherwise the vacancy waits as verified and is published when the licence becomes active again.
 */
@Service
public class VacancyDesk {

    private final Vacancies vacancies;
    private final Agencies agencies;
    private final Employers employers;
    private final Occupations occupations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VacancyDesk(Vacancies vacancies, Agencies agencies, Employers employers, Occupations occupations,
            ApplicationEventPublisher events, Clock clock) {
        this.vacancies = vacancies;
        this.agencies = agencies;
        this.employers = employers;
        this.occupations = occupations;
        this.events = events;
        this.clock = clock;
    }

    /** The vacancy, if it exists and the reader (limited to {@code scope}'s agency, when given) may see it. */
    public Vacancy require(long id, Optional<Long> scope) {
        Vacancy vacancy = vacancies.byId(id).orElseThrow(DomainException::notFound);
        if (scope.isPresent() && scope.get() != vacancy.agencyId()) {
            throw DomainException.notFound();
        }
        return vacancy;
    }

    @Transactional
    public long draft(long agencyId, VacancyForm form) {
        Agency agency = agencies.byId(agencyId).orElseThrow(DomainException::notFound);
        check(agency, form);
        long id = vacancies.insert(agencyId, form, Actor.current());
        vacancies.setStatus(id, VacancyStatus.DRAFT, null, Actor.current());
        changed("VACANCY_DRAFTED", id, agency.legalName() + ": " + form.getTitle());
        return id;
    }

    @Transactional
    public void correct(long id, Optional<Long> scope, VacancyForm form) {
        Vacancy vacancy = require(id, scope);
        if (!vacancy.status().editable()) {
            throw new DomainException(409, "vacancy.notEditable");
        }
        check(agencies.byId(vacancy.agencyId()).orElseThrow(), form);
        vacancies.update(id, form);
        if (vacancy.status() == VacancyStatus.REJECTED) {
            vacancies.setStatus(id, VacancyStatus.DRAFT, null, Actor.current());
        }
        changed("VACANCY_CORRECTED", id, vacancy.reference());
    }

    @Transactional
    public void submit(long id, Optional<Long> scope) {
        Vacancy vacancy = require(id, scope);
        if (vacancy.closingOn().isBefore(today())) {
            throw new DomainException("vacancy.closingOn.past");
        }
        move(vacancy, VacancyStatus.SUBMITTED, null);
    }

    /** Verifies the vacancy and publishes it when the licence allows; returns the status it ends in. */
    @Transactional
    public VacancyStatus verify(long id) {
        Vacancy vacancy = require(id, Optional.empty());
        if (vacancy.status() != VacancyStatus.SUBMITTED) {
            throw new DomainException(409, "vacancy.move.refused");
        }
        Employer employer = employers.require(vacancy.employerId());
        if (employer.barred()) {
            throw new DomainException(409, "vacancy.employer.barred", employer.name());
        }
        move(vacancy, VacancyStatus.VERIFIED, null);
        Agency agency = agencies.byId(vacancy.agencyId()).orElseThrow();
        if (agency.allows(vacancy.country()) && !vacancy.closingOn().isBefore(today())) {
            vacancies.setStatus(id, VacancyStatus.PUBLISHED, null, Actor.current());
            changed("VACANCY_PUBLISHED", id, vacancy.reference());
            return VacancyStatus.PUBLISHED;
        }
        return VacancyStatus.VERIFIED;
    }

    @Transactional
    public void reject(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("vacancy.reason.required");
        }
        Vacancy vacancy = require(id, Optional.empty());
        if (vacancy.status() != VacancyStatus.SUBMITTED) {
            throw new DomainException(409, "vacancy.move.refused");
        }
        move(vacancy, VacancyStatus.REJECTED, reason.trim());
    }

    @Transactional
    public void close(long id, Optional<Long> scope, String reason) {
        move(require(id, scope), VacancyStatus.CLOSED, reason == null || reason.isBlank() ? null : reason.trim());
    }

    private void move(Vacancy vacancy, VacancyStatus next, String reason) {
        if (!vacancy.status().canMoveTo(next)) {
            throw new DomainException(409, "vacancy.move.refused");
        }
        vacancies.setStatus(vacancy.id(), next, reason, Actor.current());
        changed("VACANCY_" + next.name(), vacancy.id(), vacancy.reference() + (reason == null ? "" : ": " + reason));
    }

    private void check(Agency agency, VacancyForm form) {
        if (occupations.find(form.getOccupationCode()).filter(o -> o.level() == 4).isEmpty()) {
            throw new DomainException("vacancy.occupation.required");
        }
        if (!agency.countries().contains(form.getCountry())) {
            throw new DomainException("vacancy.country.notLicensed", form.getCountry());
        }
        Employer employer = employers.byId(form.getEmployerId())
                .orElseThrow(() -> new DomainException("vacancy.employer.required"));
        if (employer.barred()) {
            throw new DomainException("vacancy.employer.barred", employer.name());
        }
        if (!employer.country().equals(form.getCountry())) {
            throw new DomainException("vacancy.employer.otherCountry");
        }
        if (form.getClosingOn().isBefore(today())) {
            throw new DomainException("vacancy.closingOn.past");
        }
    }

    private void changed(String action, long id, String summary) {
        events.publishEvent(new MobilityRecordChanged(action, "Vacancy", Long.toString(id), summary));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
