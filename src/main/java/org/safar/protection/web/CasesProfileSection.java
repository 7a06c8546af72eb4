package org.safar.protection.web;

import java.util.List;
import java.util.Locale;

import org.safar.people.PersonId;
import org.safar.people.ProfileSection;
import org.safar.platform.security.StaffUser;
import org.safar.protection.cases.CaseScope;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ProtectionCases;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The person's cases on their profile: only those the reader may open (office scope, restriction), so a profile
 * never tells an officer that a restricted trafficking case exists. Readers without a case role see no section.
 */
@Component
class CasesProfileSection implements ProfileSection {

    private final ProtectionCases cases;
    private final CaseLabels labels;
    private final MessageSource messages;

    CasesProfileSection(ProtectionCases cases, CaseLabels labels, MessageSource messages) {
        this.cases = cases;
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "cases";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Shown entriesFor(PersonId person, Locale reader) {
        StaffUser user = StaffUser.current().orElse(null);
        if (user == null) {
            return Shown.hidden();
        }
        CaseScope scope = CaseScope.of(user);
        if (!scope.anyRole()) {
            return Shown.hidden();
        }
        List<Entry> entries = cases.casesOf(person).stream().map(cases::byId).flatMap(java.util.Optional::stream)
                .filter(c -> scope.sees(c, cases.onTeam(c.id(), user.id())))
                .map(c -> entry(c, reader)).toList();
        Link open = scope.writer() ? new Link(messages.getMessage("case.open.forPerson", null, reader),
                "/cases/new?person=" + person.value()) : null;
        return new Shown(true, messages.getMessage("cases.profile.title", null, reader),
                messages.getMessage("cases.profile.empty", null, reader), entries, open);
    }

    private Entry entry(ProtectionCase c, Locale reader) {
        return new Entry(c.reference(), "/cases/" + c.id(), labels.typeAndSubtype(c.typeId(), c.subtypeId()),
                messages.getMessage(c.status().messageKey(), null, reader), c.openedOn());
    }
}
