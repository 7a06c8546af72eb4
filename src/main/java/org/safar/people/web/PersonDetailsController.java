package org.safar.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import org.safar.people.ConsentPurpose;
import org.safar.people.Consents;
import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.people.registry.ContactKind;
import org.safar.people.registry.FamilyLinks;
import org.safar.people.registry.FamilyRelation;
import org.safar.people.registry.IdentityDocuments;
import org.safar.people.registry.OtherNames;
import org.safar.people.registry.PersonContacts;
import org.safar.people.registry.PersonRecords;
import org.safar.platform.DomainException;
import org.safar.platform.security.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * The small forms of the profile page: other names, contacts, documents, family links and consent (a document is
 * corrected on a page of its own, {@link DocumentController}). A form with mistakes comes back inside the whole
 * profile, with the errors beside its fields; a refusal of the registry (a link to oneself, to a merged record)
 * is shown the same way.
 */
@Controller
class PersonDetailsController {

    private final PersonRecords records;
    private final ProfilePage page;
    private final OtherNames otherNames;
    private final PersonContacts contacts;
    private final IdentityDocuments documents;
    private final FamilyLinks family;
    private final Consents consents;
    private final Clock clock;

    PersonDetailsController(PersonRecords records, ProfilePage page, OtherNames otherNames, PersonContacts contacts,
            IdentityDocuments documents, FamilyLinks family, Consents consents, Clock clock) {
        this.records = records;
        this.page = page;
        this.otherNames = otherNames;
        this.contacts = contacts;
        this.documents = documents;
        this.family = family;
        this.consents = consents;
        this.clock = clock;
    }

    @PostMapping("/people/{id}/aliases")
    String addAlias(@PathVariable long id, @Valid @ModelAttribute("aliasForm") DetailForms.AliasForm form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        return save(id, binding, "aliasName", "names", locale, model, redirect,
                person -> otherNames.add(person, form.getAliasName()));
    }

    @PostMapping("/people/{id}/aliases/{alias}/remove")
    String removeAlias(@PathVariable long id, @PathVariable long alias, RedirectAttributes redirect) {
        otherNames.remove(PersonId.of(id), alias);
        return saved(id, "names", redirect);
    }

    @PostMapping("/people/{id}/contacts")
    String addContact(@PathVariable long id, @Valid @ModelAttribute("contactForm") DetailForms.ContactForm form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors() && !ContactKind.valueOf(form.getContactKind()).accepts(form.getContactValue())) {
            binding.rejectValue("contactValue", "person.contact.invalid." + form.getContactKind());
        }
        return save(id, binding, "contactValue", "contacts", locale, model, redirect,
                person -> contacts.add(person, ContactKind.valueOf(form.getContactKind()), form.getContactValue()));
    }

    @PostMapping("/people/{id}/contacts/{contact}/remove")
    String removeContact(@PathVariable long id, @PathVariable long contact, RedirectAttributes redirect) {
        contacts.remove(PersonId.of(id), contact);
        return saved(id, "contacts", redirect);
    }

    @PostMapping("/people/{id}/documents")
    String addDocument(@PathVariable long id, @Valid @ModelAttribute("documentForm") DetailForms.DocumentForm form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        form.check(binding, LocalDate.now(clock));
        return save(id, binding, "documentNumber", "documents", locale, model, redirect,
                person -> redirect.addFlashAttribute("possibleDuplicates",
                        documents.add(person, form.toDocument()).size()));
    }

    @PostMapping("/people/{id}/family")
    String link(@PathVariable long id, @Valid @ModelAttribute("familyForm") DetailForms.FamilyForm form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        PersonId relative = binding.hasErrors() ? null : family.find(form.getRelative()).orElse(null);
        if (!binding.hasErrors() && relative == null) {
            binding.rejectValue("relative", "person.family.notFound");
        }
        return save(id, binding, "relative", "family", locale, model, redirect,
                person -> family.link(person, relative, FamilyRelation.valueOf(form.getRelation())));
    }

    @PostMapping("/people/{id}/family/{relative}/remove")
    String unlink(@PathVariable long id, @PathVariable long relative, RedirectAttributes redirect) {
        family.unlink(PersonId.of(id), PersonId.of(relative));
        return saved(id, "family", redirect);
    }

    @PostMapping("/people/{id}/consents")
    String recordConsent(@PathVariable long id, @Valid @ModelAttribute("consentForm") DetailForms.ConsentForm form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        if (form.getRecordedOn() != null && form.getRecordedOn().isAfter(LocalDate.now(clock))) {
            binding.rejectValue("recordedOn", "person.consent.dateInFuture");
        }
        String recordedBy = StaffUser.current().map(StaffUser::username).orElseThrow();
        return save(id, binding, "purpose", "consents", locale, model, redirect,
                person -> consents.record(person, ConsentPurpose.valueOf(form.getPurpose()), form.isGiven(),
                        form.getRecordedOn(), recordedBy));
    }

    @PostMapping("/people/{id}/consents/{consent}/withdraw")
    String withdrawConsent(@PathVariable long id, @PathVariable long consent, RedirectAttributes redirect) {
        consents.withdraw(PersonId.of(id), consent);
        return saved(id, "consents", redirect);
    }

    /**
     * Makes the change when the form is valid and the registry accepts it; otherwise shows the profile again
     * with the errors, a refusal beside {@code field}.
     */
    private String save(long id, BindingResult binding, String field, String section, Locale locale, Model model,
            RedirectAttributes redirect, Consumer<PersonId> change) {
        PersonView person = records.live(PersonId.of(id));
        if (!binding.hasErrors()) {
            try {
                change.accept(person.personId());
                return saved(id, section, redirect);
            } catch (DomainException refusal) {
                if (refusal.status() != 422) {
                    throw refusal;
                }
                binding.rejectValue(field, refusal.messageKey(), refusal.arguments(), null);
            }
        }
        model.addAttribute("failedSection", section);
        return page.show(person, locale, model);
    }

    private static String saved(long id, String section, RedirectAttributes redirect) {
        redirect.addFlashAttribute("detailsSaved", true);
        return "redirect:/people/" + id + "#" + section;
    }
}
