package org.safar.people.web;

import java.util.Locale;

import org.safar.people.PersonView;
import org.safar.people.registry.PersonRecords;
import org.safar.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's profile: names, facts, documents, contacts, family, consent and the history of the record. Reading
 * a profile is not audited: a person's record is not restricted, only what other modules hold about them may be.
 * A record merged into another sends the reader to the one that survived.
 */
@Controller
class ProfileController {

    private final PersonRecords records;
    private final ProfilePage page;

    ProfileController(PersonRecords records, ProfilePage page) {
        this.records = records;
        this.page = page;
    }

    @GetMapping("/people/{id}")
    String profile(@PathVariable long id, Locale locale, Model model) {
        PersonView person = records.byId(id).orElseThrow(() -> new DomainException(404, "person.notFound"));
        if (person.mergedInto() != null) {
            return "redirect:/people/" + person.mergedInto();
        }
        return page.show(person, locale, model);
    }
}
