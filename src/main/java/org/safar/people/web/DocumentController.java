package org.safar.people.web;

import java.time.Clock;
import java.time.LocalDate;

import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.people.registry.IdentityDocuments;
import org.safar.people.registry.PersonRecords;
import org.safar.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * Correcting an identity document typed wrong, on a page of its own with the checks of adding one, and removing a
 * document entered by mistake. The audit trail names the document's type and country, never its number.
 */
@Controller
class DocumentController {

    private final PersonRecords records;
    private final IdentityDocuments documents;
    private final Clock clock;

    DocumentController(PersonRecords records, IdentityDocuments documents, Clock clock) {
        this.records = records;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/documents/{document}")
    String edit(@PathVariable long id, @PathVariable long document, Model model) {
        PersonView person = records.live(PersonId.of(id));
        return form(person, document, DetailForms.DocumentForm.of(documents.of(person.personId(), document)), model);
    }

    @PostMapping("/people/{id}/documents/{document}")
    String correct(@PathVariable long id, @PathVariable long document,
            @Valid @ModelAttribute("documentForm") DetailForms.DocumentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        PersonView person = records.live(PersonId.of(id));
        documents.of(person.personId(), document);
        form.check(binding, LocalDate.now(clock));
        if (!binding.hasErrors()) {
            try {
                redirect.addFlashAttribute("possibleDuplicates",
                        documents.correct(person.personId(), document, form.toDocument()).size());
                return saved(id, redirect);
            } catch (DomainException refusal) {
                if (refusal.status() != 422) {
                    throw refusal;
                }
                binding.rejectValue("documentNumber", refusal.messageKey(), refusal.arguments(), null);
            }
        }
        return form(person, document, form, model);
    }

    @PostMapping("/people/{id}/documents/{document}/remove")
    String remove(@PathVariable long id, @PathVariable long document, RedirectAttributes redirect) {
        documents.remove(PersonId.of(id), document);
        return saved(id, redirect);
    }

    private static String form(PersonView person, long document, DetailForms.DocumentForm form, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("documentId", document);
        model.addAttribute("documentForm", form);
        model.addAttribute("documentTypes", IdentityDocuments.TYPES);
        return "people/document";
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("detailsSaved", true);
        return "redirect:/people/" + id + "#documents";
    }
}
