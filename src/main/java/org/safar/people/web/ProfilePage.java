package org.safar.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.safar.people.ConsentPurpose;
import org.safar.people.Consents;
import org.safar.people.PersonView;
import org.safar.people.ProfileSection;
import org.safar.people.registry.ContactKind;
import org.safar.people.registry.FamilyLinks;
import org.safar.people.registry.FamilyRelation;
import org.safar.people.registry.IdentityDocuments;
import org.safar.people.registry.OtherNames;
import org.safar.people.registry.PersonRecords;
import org.safar.platform.audit.AuditFilter;
import org.safar.platform.audit.AuditTrail;
import org.safar.platform.security.StaffUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the profile page shows, gathered in one place so that a form of the page that comes back with
 * errors shows the whole page around it. Forms already in the model (with what was typed) are kept.
 */
@Component
class ProfilePage {

    static final int HISTORY_LINES = 50;

    private final PersonRecords records;
    private final PersonDisplay display;
    private final AuditTrail audit;
    private final OtherNames otherNames;
    private final FamilyLinks family;
    private final Consents consents;
    private final Clock clock;
    private final List<ProfileSection> sections;

    ProfilePage(PersonRecords records, PersonDisplay display, AuditTrail audit, OtherNames otherNames,
            FamilyLinks family, Consents consents, Clock clock, List<ProfileSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(ProfileSection::order)).toList();
        this.records = records;
        this.display = display;
        this.audit = audit;
        this.otherNames = otherNames;
        this.family = family;
        this.consents = consents;
        this.clock = clock;
    }

    /** A relative as the reader sees them. */
    record ShownRelative(ShownPerson shown, FamilyRelation relation) {
    }

    /** A section another module fills, with the anchor it lives under. */
    record ShownSection(String id, ProfileSection.Shown shown) {
    }

    String show(PersonView person, Locale locale, Model model) {
        long id = person.id();
        model.addAttribute("shown", display.show(person, locale));
        model.addAttribute("districtName", display.districtName(person.homeDistrict(), locale));
        model.addAttribute("documents", records.documents(id));
        model.addAttribute("contacts", records.contacts(id));
        List<OtherNames.OtherName> names = otherNames.of(person.personId());
        model.addAttribute("otherNames", names);
        model.addAttribute("currentNames", names.stream().filter(n -> OtherNames.isCurrentName(person, n.fullName()))
                .map(OtherNames.OtherName::id).collect(Collectors.toSet()));
        List<FamilyLinks.Relative> relatives = family.of(person.personId());
        List<ShownPerson> shown = display.showAll(relatives.stream().map(FamilyLinks.Relative::person).toList(),
                locale);
        model.addAttribute("relatives", IntStream.range(0, relatives.size())
                .mapToObj(i -> new ShownRelative(shown.get(i), relatives.get(i).relation())).toList());
        model.addAttribute("consents", consents.of(person.personId()));
        model.addAttribute("sections", sections.stream()
                .map(section -> new ShownSection(section.id(), section.entriesFor(person.personId(), locale)))
                .filter(section -> section.shown().visible()).toList());
        model.addAttribute("history", audit.search(
                new AuditFilter(null, null, "Person", Long.toString(id), null, null), 0, HISTORY_LINES));
        model.addAttribute("canEdit", StaffUser.current().map(ProfilePage::mayEdit).orElse(false));
        model.addAttribute("contactKinds", ContactKind.values());
        model.addAttribute("documentTypes", IdentityDocuments.TYPES);
        model.addAttribute("relations", FamilyRelation.values());
        model.addAttribute("purposes", ConsentPurpose.values());
        addIfAbsent(model, "aliasForm", new DetailForms.AliasForm());
        addIfAbsent(model, "contactForm", new DetailForms.ContactForm());
        addIfAbsent(model, "documentForm", new DetailForms.DocumentForm());
        addIfAbsent(model, "familyForm", new DetailForms.FamilyForm());
        DetailForms.ConsentForm consent = new DetailForms.ConsentForm();
        consent.setRecordedOn(LocalDate.now(clock));
        addIfAbsent(model, "consentForm", consent);
        return "people/profile";
    }

    private static boolean mayEdit(StaffUser user) {
        return user.roles().stream().anyMatch(role -> Arrays.asList(PeopleAccessRules.WRITERS).contains(role.name()));
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
