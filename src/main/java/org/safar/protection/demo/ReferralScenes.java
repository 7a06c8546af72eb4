package org.safar.protection.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safar.people.ConsentPurpose;
import org.safar.people.Consents;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.platform.accounts.Offices;
import org.safar.platform.security.StaffUser;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ServiceType;
import org.safar.protection.referrals.Referral;
import org.safar.protection.referrals.Referrals;
import org.safar.protection.transfers.Transfers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The demo's referrals and transfer, played by the demo officers through the real services (so every step is
 * checked and audited as in use): a Tashkent case worker refers returnees to the partner's shelter, which has
 * answered some of them (the services it recorded show on the cases too) and sees one the case worker cancelled;
 * consuls abroad refer to local shelters; one case from Moscow waits to be taken home, another's transfer was
 * withdrawn.
 */
@Component
class ReferralScenes {

    /** Which of the partner shelter's referrals the case worker cancels (the others are answered or waiting). */
    private static final int CANCELLED = 3;

    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final CaseAccess access;
    private final Consents consents;
    private final Referrals referrals;
    private final Transfers transfers;
    private final Offices offices;

    ReferralScenes(JdbcClient jdbc, UserDetailsService users, CaseAccess access, Consents consents,
            Referrals referrals, Transfers transfers, Offices offices) {
        this.jdbc = jdbc;
        this.users = users;
        this.access = access;
        this.consents = consents;
        this.referrals = referrals;
        this.transfers = transfers;
        this.offices = offices;
    }

    /** Plays the scenes with the providers by name; returns how many referrals and transfers were made. */
    int[] play(Map<String, Long> providers) {
        List<Referral> atShelter = new ArrayList<>();
        int sent = 0;
        int moved = 0;
        String[] notes = { "Returned from Kazan after 8 months of unpaid work; needs a safe place for two weeks.",
                "Mother of two, returned with the children; needs shelter and counselling.",
                "Young man returned after forced labour on a construction site; nightmares, no money.",
                "Returned from Samara with a broken arm; needs a bed until the family comes from Nukus." };
        for (String officer : List.of("caseworker.tashkent", "caseworker", "supervisor")) {
            if (atShelter.size() < notes.length && signIn(officer)) {
                for (Case c : openCases(StaffUser.current().orElseThrow(), notes.length)) {
                    int i = atShelter.size();
                    if (i == notes.length || atShelter.stream().anyMatch(r -> r.caseId() == c.id())) {
                        continue;
                    }
                    Optional<Referral> sentNow = refer(c, providers.get(ProviderDirectory.PARTNER_SHELTER),
                            i == 1 ? ServiceType.PSYCHOSOCIAL : ServiceType.SHELTER, notes[i], i == 0);
                    sentNow.ifPresent(atShelter::add);
                    if (i == CANCELLED) {
                        sentNow.ifPresent(r -> referrals.cancel(r.id(), "His family came for him the same day; "
                                + "he went home to Nukus and needs no shelter."));
                    }
                }
            }
        }
        sent += atShelter.size();
        if (signIn("partner")) {
            for (int i = 1; i < Math.min(atShelter.size(), CANCELLED); i++) {
                long id = atShelter.get(i).id();
                referrals.accept(id);
                referrals.recordService(id, atShelter.get(i).serviceType(), LocalDate.now().minusDays(2), 1,
                        "Admitted; room shared with one other resident");
                if (i == 2) {
                    referrals.recordService(id, ServiceType.PSYCHOSOCIAL, LocalDate.now().minusDays(1), 2,
                            "Two counselling sessions");
                    referrals.complete(id, "Moved in with his brother in Chirchiq; follow-up by phone");
                }
            }
        }
        if (signIn("consul")) {
            List<Case> cases = openCases(StaffUser.current().orElseThrow(), 3);
            if (!cases.isEmpty()) {
                sent += refer(cases.get(0), providers.get("Ray of hope migrant shelter"), ServiceType.SHELTER,
                        "Sleeping at the station since the employer evicted him; passport held by the employer.",
                        true).isPresent() ? 1 : 0;
            }
            if (cases.size() > 1) {
                long home = offices.byCode("UZ-SA").orElseThrow().id();
                transfers.request(cases.get(1).id(), home, "Flies home to Samarkand on Friday with an IOM ticket; "
                        + "needs reintegration support and follow-up at home.");
                moved++;
            }
            if (cases.size() > 2) {
                long tashkent = offices.byCode("UZ-TK").orElseThrow().id();
                long withdrawn = transfers.request(cases.get(2).id(), tashkent, "Says he will go home to Tashkent "
                        + "next week.").id();
                transfers.withdraw(withdrawn, "He found new work in Moscow with a lawful contract and stays; "
                        + "the case goes on here.");
            }
        }
        if (signIn("consul.almaty")) {
            for (Case c : openCases(StaffUser.current().orElseThrow(), 1)) {
                sent += refer(c, providers.get("Sana shelter Almaty"), ServiceType.SHELTER,
                        "Stranded after the season ended; no money for the ticket home.", false).isPresent() ? 1 : 0;
            }
        }
        return new int[] { sent, moved };
    }

    /** An open case the user may change, and its principal person. */
    private record Case(long id, PersonId principal) {
    }

    private List<Case> openCases(StaffUser user, int limit) {
        List<Case> found = new ArrayList<>();
        for (long[] row : jdbc.sql("""
                select c.id, p.person_id from protection_case c
                  join protection_case_person p on p.case_id = c.id and p.role = 'PRINCIPAL'
                 where c.owning_office_id = any(cast(? as bigint[])) and c.closed_on is null
                 order by c.id""").param(user.officeIds().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list()) {
            if (found.size() == limit) {
                break;
            }
            try {
                ProtectionCase c = access.write(row[0]);
                if (c.isOpen()) {
                    found.add(new Case(c.id(), PersonId.of(row[1])));
                }
            }
            catch (DomainException hidden) {
                // a restricted case of another team: not this officer's to refer
            }
        }
        return found;
    }

    private Optional<Referral> refer(Case c, Long provider, ServiceType service, String note, boolean urgent) {
        if (provider == null) {
            return Optional.empty();
        }
        if (!consents.hasValidConsent(c.principal(), ConsentPurpose.REFERRAL)) {
            consents.record(c.principal(), ConsentPurpose.REFERRAL, true, LocalDate.now().minusDays(3),
                    StaffUser.current().orElseThrow().username());
        }
        return Optional.of(referrals.refer(new Referrals.Request(c.id(), c.principal().value(), provider, service,
                note, urgent)));
    }

    private boolean signIn(String username) {
        try {
            StaffUser user = (StaffUser) users.loadUserByUsername(username);
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
            return true;
        }
        catch (UsernameNotFoundException missing) {
            return false;
        }
    }
}
