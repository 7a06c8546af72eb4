package org.safar.protection.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safar.people.ConsentPurpose;
import org.safar.people.Consents;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.CasePerson;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ProtectionCases;
import org.safar.protection.cases.ServiceType;
import org.safar.protection.cases.ServicesDelivered;
import org.safar.protection.providers.PartnerAccounts;
import org.safar.protection.providers.ServiceProvider;
import org.safar.protection.providers.ServiceProviders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referring a case's person to a service provider, and the provider's answers. A referral needs the person's
 * recorded consent to be referred; staff reach referrals through their case ({@link CaseAccess}), partners only
 * through their own provider — any other referral is "not found" to them. A service the partner records counts as
 * delivered on the case too; a case writer may cancel a referral while it is open.
 */
@Service
public class Referrals {

    private final ReferralRecords records;
    private final CaseAccess access;
    private final ProtectionCases cases;
    private final ServiceProviders providers;
    private final PartnerAccounts partners;
    private final Consents consents;
    private final ServicesDelivered delivered;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(ReferralRecords records, CaseAccess access, ProtectionCases cases, ServiceProviders providers,
            PartnerAccounts partners, Consents consents, ServicesDelivered delivered, ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.access = access;
        this.cases = cases;
        this.providers = providers;
        this.partners = partners;
        this.consents = consents;
        this.delivered = delivered;
        this.events = events;
        this.clock = clock;
    }

    /** What a case worker asks of a provider. */
    public record Request(long caseId, long personId, long providerId, ServiceType serviceType, String note,
            boolean urgent) {
    }

    /** Sends the referral; refuses without the person's consent, for a closed case, or an inactive provider. */
    @Transactional
    public Referral refer(Request request) {
        ProtectionCase shown = access.write(request.caseId());
        if (!shown.isOpen()) {
            throw new DomainException("referral.caseClosed");
        }
        PersonId person = PersonId.of(request.personId());
        if (cases.persons(shown.id()).stream().map(CasePerson::person).noneMatch(person::equals)) {
            throw new DomainException("referral.personNotOnCase");
        }
        ServiceProvider provider = providers.byId(request.providerId())
                .orElseThrow(() -> new DomainException("referral.providerUnknown"));
        if (!provider.active()) {
            throw new DomainException("referral.providerInactive", provider.name());
        }
        if (!consents.hasValidConsent(person, ConsentPurpose.REFERRAL)) {
            throw new DomainException("referral.noConsent");
        }
        boolean alreadyOpen = records.ofCase(shown.id()).stream().anyMatch(r -> r.status().open()
                && r.providerId() == provider.id() && r.person().equals(person)
                && r.serviceType() == request.serviceType());
        if (alreadyOpen) {
            throw new DomainException("referral.alreadyOpen", provider.name());
        }
        long id = records.insert(shown.id(), person, provider.id(), request.serviceType(), blankToNull(request.note()),
                request.urgent(), CaseAccess.currentUser().id());
        String reference = records.number(id, LocalDate.now(clock).getYear());
        events.publishEvent(new ReferralChanged(id, reference, shown.reference(), provider.id(), ReferralStatus.SENT));
        return records.byId(id).orElseThrow();
    }

    /** The referrals of a case the signed-in staff member may read. */
    public List<Referral> ofCase(long caseId) {
        access.read(caseId);
        return records.ofCase(caseId);
    }

    /** One referral for staff, reached through its case. */
    public Referral forStaff(long id) {
        Referral referral = records.byId(id).orElseThrow(DomainException::notFound);
        access.read(referral.caseId());
        return referral;
    }

    /** Referrals of the cases the signed-in staff member sees. */
    public List<Referral> inScope(ReferralStatus status) {
        return records.inScope(access.scope(), status);
    }

    /** Open referrals the signed-in staff member sent or whose case they work on. */
    public List<Referral> waitingForMe() {
        return records.waitingFor(CaseAccess.currentUser().id());
    }

    /** The signed-in partner's referrals. */
    public List<Referral> forMyProvider(ReferralStatus status) {
        return records.ofProvider(partners.providerOfCurrentPartner(), status);
    }

    /** One referral of the signed-in partner's provider; any other is not found. */
    public Referral forPartner(long id) {
        long provider = partners.providerOfCurrentPartner();
        return records.byId(id).filter(r -> r.providerId() == provider).orElseThrow(DomainException::notFound);
    }

    List<DeliveredService> services(Referral referral) {
        return records.services(referral.id());
    }

    @Transactional
    public Referral accept(long id) {
        return move(forPartner(id), ReferralStatus.ACCEPTED, null, null);
    }

    @Transactional
    public Referral decline(long id, String reason) {
        Referral referral = forPartner(id);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("referral.declineReason.required");
        }
        return move(referral, ReferralStatus.DECLINED, reason.trim(), null);
    }

    @Transactional
    public Referral complete(long id, String note) {
        return move(forPartner(id), ReferralStatus.COMPLETED, null, blankToNull(note));
    }

    /**
     * Records a service the partner delivered; only under an accepted referral, never in the future. The service
     * counts as delivered on the referral's case too, in the same transaction.
     */
    @Transactional
    public void recordService(long id, ServiceType type, LocalDate on, int quantity, String note) {
        Referral referral = forPartner(id);
        ReferralStatus status = records.lockedStatus(referral.id());
        if (status == ReferralStatus.CANCELLED) {
            throw new DomainException(409, "referral.cancelled");
        }
        if (status != ReferralStatus.ACCEPTED) {
            throw new DomainException("referral.service.notAccepted");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("referral.service.future");
        }
        long by = CaseAccess.currentUser().id();
        String text = blankToNull(note);
        long recorded = records.recordService(referral.id(), type, on, quantity, text, by);
        ServiceProvider provider = providers.byId(referral.providerId()).orElseThrow();
        delivered.recordFromReferral(referral.caseId(), referral.id(), recorded, type, provider.id(), provider.name(),
                on, quantity, text, by);
        events.publishEvent(new ReferralServiceRecorded(referral.id(), referral.reference(), type, on, quantity));
    }

    /**
     * The referring side takes back a referral that is still open (sent or accepted), saying why: a case writer of
     * the referral's case. The provider then sees it cancelled, with the reason, and can no longer act on it.
     */
    @Transactional
    public Referral cancel(long id, String reason) {
        Referral referral = records.byId(id).orElseThrow(DomainException::notFound);
        ProtectionCase shown = access.write(referral.caseId());
        if (!referral.status().canMoveTo(ReferralStatus.CANCELLED)) {
            throw new DomainException(409, "referral.cancel.notOpen");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("referral.cancelReason.required");
        }
        if (!records.cancel(referral.id(), referral.status(), CaseAccess.currentUser().id(), reason.trim())) {
            throw new DomainException(409, "referral.cancel.notOpen");
        }
        events.publishEvent(new ReferralChanged(referral.id(), referral.reference(), shown.reference(),
                referral.providerId(), ReferralStatus.CANCELLED));
        return records.byId(referral.id()).orElseThrow();
    }

    private Referral move(Referral referral, ReferralStatus next, String reason, String note) {
        if (!referral.status().canMoveTo(next)
                || !records.move(referral.id(), referral.status(), next, CaseAccess.currentUser().id(), reason, note)) {
            boolean cancelled = records.byId(referral.id()).map(Referral::status)
                    .filter(ReferralStatus.CANCELLED::equals).isPresent();
            throw new DomainException(409, cancelled ? "referral.cancelled" : "referral.move.invalid");
        }
        String caseReference = cases.byId(referral.caseId()).map(ProtectionCase::reference).orElse("");
        events.publishEvent(new ReferralChanged(referral.id(), referral.reference(), caseReference,
                referral.providerId(), next));
        return records.byId(referral.id()).orElseThrow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
