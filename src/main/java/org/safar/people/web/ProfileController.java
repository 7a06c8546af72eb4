package org.safar.people.web;

import java.util.Locale;

import org.safar.people.PersonView;
import org.safar.people.registry.PersonRecords;
import org.safar.platform.DomainException;
import org.safar.platform.audit.AuditFilter;
import org.safar.platform.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's profile: names, facts, documents, contacts and the history of the record. Reading a profile is not
 * audited: a person's record is not restricted, only what other modules hold about them may be. A record merged
 * into another sends the reader to the one that survived.
 */
@Controller
class ProfileController {

    static final int HISTORY_LINES = 50;

    private final PersonRecords records;
    private final PersonDisplay display;
    private final AuditTrail audit;

    ProfileController(PersonRecords records, PersonDisplay display, AuditTrail audit) {
        this.records = records;
        this.display = display;
        this.audit = audit;
    }

    @GetMapping("/people/{id}")
    String profile(@PathVariable long id, Locale locale, Model model) {
        PersonView person = records.byId(id).orElseThrow(() -> new DomainException(404, "person.notFound"));
        if (person.mergedInto() != null) {
            return "redirect:/people/" + person.mergedInto();
        }
        model.addAttribute("shown", display.show(person, locale));
        model.addAttribute("documents", records.documents(id));
        model.addAttribute("contacts", records.contacts(id));
        model.addAttribute("history", audit.search(
                new AuditFilter(null, null, "Person", Long.toString(id), null, null), 0, HISTORY_LINES));
        return "people/profile";
    }
}
