package org.safar.protection.referrals;

import java.util.List;
import java.util.Locale;

import org.safar.people.People;
import org.safar.people.PersonView;
import org.safar.platform.accounts.UserAccount;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Users;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ProtectionCases;
import org.safar.protection.providers.ServiceProvider;
import org.safar.protection.providers.ServiceProviders;
import org.springframework.stereotype.Component;

/** Turns referrals into what each reader may see: the narrow partner view, or the staff view. */
@Component
class ReferralViews {

    private final Referrals referrals;
    private final People people;
    private final ProtectionCases cases;
    private final ServiceProviders providers;
    private final Users users;
    private final Offices offices;

    ReferralViews(Referrals referrals, People people, ProtectionCases cases, ServiceProviders providers, Users users,
            Offices offices) {
        this.referrals = referrals;
        this.people = people;
        this.cases = cases;
        this.providers = providers;
        this.users = users;
        this.offices = offices;
    }

    PartnerReferralView forPartner(Referral r, Locale locale) {
        PersonView person = people.require(r.person());
        ProtectionCase c = cases.byId(r.caseId()).orElseThrow();
        UserAccount sender = users.byId(r.sentBy()).orElseThrow();
        String office = offices.byId(c.owningOfficeId()).map(o -> o.name(locale)).orElse("");
        Integer birthYear = person.birthDate() != null ? Integer.valueOf(person.birthDate().getYear())
                : person.birthYear();
        return new PartnerReferralView(r.id(), r.reference(), r.status(), r.serviceType(), r.note(), r.urgent(),
                r.sentAt(), People.nameFor(person, locale), person.sex(), birthYear,
                c.country() == null ? null : new Locale("", c.country()).getDisplayCountry(locale), c.city(), office,
                sender.fullName(), sender.email(), r.declineReason(), r.completionNote(), r.cancelledAt(),
                r.cancelReason(), referrals.services(r));
    }

    List<PartnerReferralView> forPartner(List<Referral> list, Locale locale) {
        return list.stream().map(r -> forPartner(r, locale)).toList();
    }

    StaffReferralView forStaff(Referral r, Locale locale) {
        String provider = providers.byId(r.providerId()).map(ServiceProvider::name).orElse("");
        String person = people.find(r.person()).map(p -> People.nameFor(p, locale)).orElse("");
        String caseReference = cases.byId(r.caseId()).map(ProtectionCase::reference).orElse("");
        String sender = users.byId(r.sentBy()).map(UserAccount::fullName).orElse("");
        String canceller = r.cancelledBy() == null ? null
                : users.byId(r.cancelledBy()).map(UserAccount::fullName).orElse("");
        return new StaffReferralView(r, caseReference, provider, person, sender, canceller, referrals.services(r));
    }

    List<StaffReferralView> forStaff(List<Referral> list, Locale locale) {
        return list.stream().map(r -> forStaff(r, locale)).toList();
    }
}
