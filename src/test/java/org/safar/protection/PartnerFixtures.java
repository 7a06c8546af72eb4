package org.safar.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.safar.people.ConsentPurpose;
import org.safar.people.Consents;
import org.safar.people.PersonId;
import org.safar.people.registry.PeopleFixtures;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.protection.cases.CaseDetails;
import org.safar.protection.cases.CasePerson;
import org.safar.protection.cases.CaseTypes;
import org.safar.protection.cases.Casework;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.RiskLevel;
import org.safar.protection.providers.PartnerAccounts;
import org.safar.protection.providers.ProviderDetails;
import org.safar.protection.providers.ProviderKind;
import org.safar.protection.providers.ServiceProviders;
import org.safar.protection.cases.ServiceType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The partner side's test language: a person who consented (or not) to be referred, a case of an office about
 * them, a provider, and a partner account working for it. Import with {@code @Import(StaffFixtures.class)}.
 */
@Component
public class PartnerFixtures {

    private final PeopleFixtures people;
    private final Consents consents;
    private final Casework casework;
    private final CaseTypes types;
    private final Offices offices;
    private final Users users;
    private final ServiceProviders providers;
    private final PartnerAccounts partners;
    private final StaffFixtures staff;

    PartnerFixtures(PeopleFixtures people, Consents consents, Casework casework, CaseTypes types, Offices offices,
            Users users, ServiceProviders providers, PartnerAccounts partners, StaffFixtures staff) {
        this.people = people;
        this.consents = consents;
        this.casework = casework;
        this.types = types;
        this.offices = offices;
        this.users = users;
        this.providers = providers;
        this.partners = partners;
        this.staff = staff;
    }

    /** A newly registered person who said yes to being referred. */
    public PersonId aPersonWhoConsented() {
        PersonId person = aPersonWithoutConsent();
        asSystem(() -> {
            consents.record(person, ConsentPurpose.REFERRAL, true, LocalDate.now().minusDays(1), "test");
            return null;
        });
        return person;
    }

    public PersonId aPersonWithoutConsent() {
        return asSystem(() -> people.register(PeopleFixtures.latin(PeopleFixtures.Name.random(),
                LocalDate.of(1994, 3, 8))));
    }

    /** An open rights-violation case in Moscow owned by {@code officeCode}, about {@code person}. */
    public ProtectionCase aCase(String officeCode, PersonId person, String summary) {
        return aCase(officeCode, person, summary, "RIGHTS_VIOLATION", null);
    }

    /** A case of {@code typeCode}, assigned to {@code worker} (a user name of that office) or to nobody. */
    public ProtectionCase aCase(String officeCode, PersonId person, String summary, String typeCode, String worker) {
        long office = offices.byCode(officeCode).orElseThrow().id();
        long type = types.byCode(typeCode).orElseThrow().id();
        Long workerId = worker == null ? null : users.byUsername(worker).orElseThrow().id();
        CaseDetails details = new CaseDetails(type, null, summary, "RU", "Moscow", null, null, CaseSource.WALK_IN,
                Set.of(), RiskLevel.HIGH, office, workerId, false);
        return asSystem(() -> casework.openForSystem(details, List.of(new CasePerson(person, PersonRole.PRINCIPAL))));
    }

    /** An active shelter in Russia offering shelter and psychosocial support. */
    public long aShelter() {
        return asSystem(() -> providers.create(new ProviderDetails("Test shelter " + System.nanoTime(),
                ProviderKind.SHELTER, "RU", "Moscow", null, "+7 495 000 00 00", null,
                Set.of(ServiceType.SHELTER, ServiceType.PSYCHOSOCIAL), "ru", null, true)));
    }

    /** A fresh PARTNER account working for {@code providerId}; returns its user name. */
    public String aPartnerOf(long providerId) {
        String username = staff.newUserIn("UZ-TK", Role.PARTNER);
        asSystem(() -> {
            partners.link(username, providerId);
            return null;
        });
        return username;
    }

    private static <T> T asSystem(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("test-fixture", null, AuthorityUtils.NO_AUTHORITIES));
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
