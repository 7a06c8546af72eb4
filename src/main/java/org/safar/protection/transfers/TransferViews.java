package org.safar.protection.transfers;

import java.util.List;
import java.util.Locale;

import org.safar.people.People;
import org.safar.platform.accounts.Office;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.UserAccount;
import org.safar.platform.accounts.Users;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ProtectionCases;
import org.springframework.stereotype.Component;

/** Builds {@link TransferView}s for the reader. */
@Component
class TransferViews {

    private final Transfers transfers;
    private final ProtectionCases cases;
    private final Offices offices;
    private final Users users;
    private final People people;

    TransferViews(Transfers transfers, ProtectionCases cases, Offices offices, Users users, People people) {
        this.transfers = transfers;
        this.cases = cases;
        this.offices = offices;
        this.users = users;
        this.people = people;
    }

    TransferView of(CaseTransfer t, Locale locale) {
        ProtectionCase c = cases.byId(t.caseId()).orElseThrow();
        String principal = cases.persons(c.id()).stream().findFirst()
                .flatMap(p -> people.find(p.person())).map(p -> People.nameFor(p, locale)).orElse("—");
        return new TransferView(t, c.reference(), c.typeId(), c.subtypeId(), c.summary(),
                c.riskLevel() == null ? null : c.riskLevel().messageKey(), c.restricted(), principal,
                office(t.fromOfficeId(), locale), office(t.toOfficeId(), locale), user(t.requestedBy()),
                t.decidedBy() == null ? null : user(t.decidedBy()),
                t.withdrawnBy() == null ? null : user(t.withdrawnBy()), transfers.mayDecide(t),
                transfers.mayWithdraw(t));
    }

    List<TransferView> of(List<CaseTransfer> list, Locale locale) {
        return list.stream().map(t -> of(t, locale)).toList();
    }

    private String office(long id, Locale locale) {
        return offices.byId(id).map(o -> o.name(locale)).orElse("");
    }

    private String user(long id) {
        return users.byId(id).map(UserAccount::fullName).orElse("");
    }

    /** Offices a case may be sent to: every active office but its own. */
    List<Office> destinations(long owningOfficeId) {
        return offices.all().stream().filter(o -> o.active() && o.id() != owningOfficeId).toList();
    }
}
