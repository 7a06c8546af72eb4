package org.safar.protection.providers;

import org.safar.protection.cases.ServiceType;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safar.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/** The registry's pages: search by country, kind and service; one provider with its partner users; the form. */
@Controller
class ProviderController {

    private final ServiceProviders providers;
    private final PartnerAccounts partners;

    ProviderController(ServiceProviders providers, PartnerAccounts partners) {
        this.providers = providers;
        this.partners = partners;
    }

    /** The filters of the list, as typed; a value that is not one of the choices is ignored. */
    record Filters(String text, String country, ProviderKind kind, ServiceType service) {
    }

    @GetMapping("/providers")
    String list(@ModelAttribute("filters") Filters filters, BindingResult ignored, Locale locale, Model model) {
        model.addAttribute("rows", providers.search(new ServiceProviders.Query(filters.text(), filters.country(),
                filters.kind(), filters.service(), false)));
        model.addAttribute("countries", countries(providers.countries(), locale));
        choices(model);
        return "protection/partners/providers";
    }

    @GetMapping("/providers/new")
    String newProvider(Locale locale, Model model) {
        return form(new ProviderForm(), null, locale, model);
    }

    @PostMapping("/providers/new")
    String create(@Valid @ModelAttribute("providerForm") ProviderForm form, BindingResult binding, Locale locale,
            Model model, RedirectAttributes redirect) {
        if (!form.knownCountry()) {
            binding.rejectValue("country", "provider.country.invalid");
        }
        if (binding.hasErrors()) {
            return form(form, null, locale, model);
        }
        long id = providers.create(form.details());
        redirect.addFlashAttribute("notice", "provider.saved");
        return "redirect:/providers/" + id;
    }

    @GetMapping("/providers/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("provider", providers.require(id));
        model.addAttribute("partners", partners.partnersOf(id));
        return "protection/partners/provider";
    }

    @GetMapping("/providers/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        return form(ProviderForm.of(providers.require(id)), id, locale, model);
    }

    @PostMapping("/providers/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("providerForm") ProviderForm form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        providers.require(id);
        if (!form.knownCountry()) {
            binding.rejectValue("country", "provider.country.invalid");
        }
        if (binding.hasErrors()) {
            return form(form, id, locale, model);
        }
        providers.update(id, form.details());
        redirect.addFlashAttribute("notice", "provider.saved");
        return "redirect:/providers/" + id;
    }

    @PostMapping("/providers/{id}/partners")
    String link(@PathVariable long id, @RequestParam(defaultValue = "") String username, Model model,
            RedirectAttributes redirect) {
        providers.require(id);
        try {
            partners.link(username, id);
            redirect.addFlashAttribute("notice", "provider.partner.linked");
        }
        catch (DomainException refused) {
            if (refused.status() != 422) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", refused.messageKey());
            redirect.addFlashAttribute("refusalArgument", username);
        }
        return "redirect:/providers/" + id;
    }

    @PostMapping("/providers/{id}/partners/{userId}/remove")
    String unlink(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        partners.unlink(userId, id);
        redirect.addFlashAttribute("notice", "provider.partner.unlinked");
        return "redirect:/providers/" + id;
    }

    private String form(ProviderForm form, Long id, Locale locale, Model model) {
        model.addAttribute("providerForm", form);
        model.addAttribute("providerId", id);
        model.addAttribute("countries", countries(List.of(Locale.getISOCountries()), locale));
        choices(model);
        return "protection/partners/provider-form";
    }

    private static void choices(Model model) {
        model.addAttribute("kinds", ProviderKind.values());
        model.addAttribute("services", ServiceType.values());
    }

    /** Countries by code, in the order of their names in the reader's language. */
    static Map<String, String> countries(List<String> codes, Locale locale) {
        Map<String, String> countries = new LinkedHashMap<>();
        codes.stream().sorted(Comparator.comparing((String code) -> new Locale("", code).getDisplayCountry(locale),
                        Collator.getInstance(locale)))
                .forEach(code -> countries.put(code, new Locale("", code).getDisplayCountry(locale)));
        return countries;
    }
}
