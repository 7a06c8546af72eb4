package org.safar.mobility.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safar.mobility.LicenceRevoked;
import org.safar.mobility.LicenceStatus;
import org.safar.mobility.LicenceSuspended;
import org.safar.mobility.MobilityRecordChanged;
import org.safar.mobility.vacancies.Vacancies;
import org.safar.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What licensing officers do to an agency's licence: grant it with the agency's registration, renew, suspend,
 * reinstate, revoke; the daily job lets it expire. Every change leaves a history line and an audited event, and
 * a licence that stops being active takes the agency's vacancies off the public list in the same transaction.
 */
@Service
public class LicensingDesk {

    private final Agencies agencies;
    private final Vacancies vacancies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LicensingDesk(Agencies agencies, Vacancies vacancies, ApplicationEventPublisher events, Clock clock) {
        this.agencies = agencies;
        this.vacancies = vacancies;
        this.events = events;
        this.clock = clock;
    }

    /** Registers the agency and grants its licence; refuses a tax or licence number already in the register. */
    @Transactional
    public long register(AgencyForm form) {
        checkDates(form.getIssuedOn(), form.getExpiresOn());
        checkCountries(form.getCountries());
        if (agencies.taxNumberTaken(form.getTaxNumber())) {
            throw new DomainException(409, "agency.taxNumber.taken", form.getTaxNumber());
        }
        if (agencies.licenceNumberTaken(form.getLicenceNumber())) {
            throw new DomainException(409, "licence.number.taken", form.getLicenceNumber());
        }
        long id = agencies.insert(form);
        Agency agency = require(id);
        agencies.history(agency.licenceId(), "GRANTED", LicenceStatus.ACTIVE, agency.expiresOn(), null, Actor.current());
        events.publishEvent(new MobilityRecordChanged("LICENCE_GRANTED", "Licence", agency.licenceNumber(),
                agency.legalName() + " until " + agency.expiresOn() + " for " + String.join(",", agency.countries())));
        return id;
    }

    /** Extends the licence to {@code expiresOn} with these countries; an expired licence becomes active again. */
    @Transactional
    public void renew(long agencyId, LocalDate expiresOn, List<String> countries) {
        Agency agency = require(agencyId);
        if (agency.status() == LicenceStatus.REVOKED) {
            throw new DomainException(409, "licence.revoked.final");
        }
        if (expiresOn == null || !expiresOn.isAfter(today()) || !expiresOn.isAfter(agency.expiresOn())) {
            throw new DomainException("licence.renew.expiry");
        }
        checkCountries(countries);
        LicenceStatus status = agency.status() == LicenceStatus.EXPIRED ? LicenceStatus.ACTIVE : agency.status();
        agencies.setStatus(agency.licenceId(), status, status == LicenceStatus.ACTIVE ? null : agency.statusReason(),
                expiresOn);
        agencies.setCountries(agency.licenceId(), countries);
        agencies.history(agency.licenceId(), "RENEWED", status, expiresOn, null, Actor.current());
        int unpublished = vacancies.unpublishOutside(agencyId, countries);
        if (status == LicenceStatus.ACTIVE) {
            vacancies.republish(agencyId, countries, today());
        }
        events.publishEvent(new MobilityRecordChanged("LICENCE_RENEWED", "Licence", agency.licenceNumber(),
                "until " + expiresOn + " for " + String.join(",", countries) + "; " + unpublished
                        + " vacancies in countries no longer allowed unpublished"));
    }

    @Transactional
    public void suspend(long agencyId, String reason) {
        Agency agency = require(agencyId);
        requireReason(reason);
        if (agency.status() != LicenceStatus.ACTIVE) {
            throw new DomainException(409, "licence.suspend.notActive");
        }
        agencies.setStatus(agency.licenceId(), LicenceStatus.SUSPENDED, reason.trim(), agency.expiresOn());
        agencies.history(agency.licenceId(), "SUSPENDED", LicenceStatus.SUSPENDED, agency.expiresOn(), reason.trim(),
                Actor.current());
        int unpublished = vacancies.unpublishAll(agencyId);
        events.publishEvent(new LicenceSuspended(agencyId, agency.licenceNumber(), reason.trim(), unpublished));
    }

    /** Lifts a suspension; a licence whose expiry passed meanwhile comes back expired, not active. */
    @Transactional
    public void reinstate(long agencyId, String reason) {
        Agency agency = require(agencyId);
        requireReason(reason);
        if (agency.status() != LicenceStatus.SUSPENDED) {
            throw new DomainException(409, "licence.reinstate.notSuspended");
        }
        LicenceStatus status = agency.expiresOn().isBefore(today()) ? LicenceStatus.EXPIRED : LicenceStatus.ACTIVE;
        agencies.setStatus(agency.licenceId(), status, null, agency.expiresOn());
        agencies.history(agency.licenceId(), "REINSTATED", status, agency.expiresOn(), reason.trim(), Actor.current());
        int republished = status == LicenceStatus.ACTIVE ? vacancies.republish(agencyId, agency.countries(), today())
                : 0;
        events.publishEvent(new MobilityRecordChanged("LICENCE_REINSTATED", "Licence", agency.licenceNumber(),
                reason.trim() + " (" + republished + " vacancies published again)"));
    }

    @Transactional
    public void revoke(long agencyId, String reason) {
        Agency agency = require(agencyId);
        requireReason(reason);
        if (agency.status() == LicenceStatus.REVOKED) {
            throw new DomainException(409, "licence.revoked.final");
        }
        agencies.setStatus(agency.licenceId(), LicenceStatus.REVOKED, reason.trim(), agency.expiresOn());
        agencies.history(agency.licenceId(), "REVOKED", LicenceStatus.REVOKED, agency.expiresOn(), reason.trim(),
                Actor.current());
        int closed = vacancies.closeAll(agencyId, "licence.revoked");
        events.publishEvent(new LicenceRevoked(agencyId, agency.licenceNumber(), reason.trim(), closed));
    }

    /** Marks active licences past their expiry as expired and unpublishes their vacancies; returns how many. */
    @Transactional
    public int expireOverdue() {
        List<Agency> overdue = agencies.expiredOn(today());
        for (Agency agency : overdue) {
            agencies.setStatus(agency.licenceId(), LicenceStatus.EXPIRED, null, agency.expiresOn());
            agencies.history(agency.licenceId(), "EXPIRED", LicenceStatus.EXPIRED, agency.expiresOn(), null,
                    Actor.current());
            int unpublished = vacancies.unpublishAll(agency.id());
            events.publishEvent(new MobilityRecordChanged("LICENCE_EXPIRED", "Licence", agency.licenceNumber(),
                    "expired on " + agency.expiresOn() + "; " + unpublished + " vacancies unpublished"));
        }
        return overdue.size();
    }

    /** Notes, once per expiry date, the licences that expire within {@code days} days; returns them. */
    @Transactional
    public List<Agency> warnExpiring(int days) {
        List<Agency> expiring = agencies.expiringBy(today().plusDays(days));
        for (Agency agency : expiring) {
            agencies.markWarned(agency.licenceId(), agency.expiresOn());
            agencies.history(agency.licenceId(), "WARNED", agency.status(), agency.expiresOn(), null, Actor.current());
            events.publishEvent(new MobilityRecordChanged("LICENCE_EXPIRY_WARNED", "Licence", agency.licenceNumber(),
                    "expires on " + agency.expiresOn()));
        }
        return expiring;
    }

    public Agency require(long agencyId) {
        return agencies.byId(agencyId).orElseThrow(DomainException::notFound);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void checkDates(LocalDate issued, LocalDate expires) {
        if (!expires.isAfter(issued)) {
            throw new DomainException("licence.expiresOn.beforeIssued");
        }
    }

    private static void checkCountries(List<String> countries) {
        if (countries == null || countries.isEmpty()) {
            throw new DomainException("licence.countries.required");
        }
        countries.stream().filter(country -> !Destinations.known(country)).findFirst().ifPresent(country -> {
            throw new DomainException("licence.country.unknown", country);
        });
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("licence.reason.required");
        }
        if (reason.length() > 1000) {
            throw new DomainException("mobility.tooLong");
        }
    }
}
