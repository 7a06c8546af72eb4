package org.safar.platform.admin;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.safar.platform.DomainException;
import org.safar.platform.accounts.Office;
import org.safar.platform.accounts.OfficeAdministration;
import org.safar.platform.accounts.OfficeKind;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Region;
import org.safar.platform.accounts.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/** The list of offices and the form to create or edit one. */
@Controller
class OfficeController {

    private final Offices offices;
    private final Regions regions;
    private final OfficeAdministration administration;

    OfficeController(Offices offices, Regions regions, OfficeAdministration administration) {
        this.offices = offices;
        this.regions = regions;
        this.administration = administration;
    }

    /** One line of the list: the office, its name and where it is, in the reader's language. */
    record OfficeRow(Office office, String name, String place) {
    }

    @GetMapping("/admin/offices")
    String list(Locale locale, Model model) {
        Map<String, String> regionNames = regions.all().stream()
                .collect(Collectors.toMap(Region::code, region -> region.name(locale)));
        model.addAttribute("rows", offices.all().stream()
                .map(office -> new OfficeRow(office, office.name(locale), place(office, regionNames, locale)))
                .toList());
        return "admin/offices";
    }

    @GetMapping("/admin/offices/new")
    String newOffice(Model model) {
        return form(new OfficeForm(), null, model);
    }

    @PostMapping("/admin/offices/new")
    String create(@Valid @ModelAttribute("form") OfficeForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return save(form, binding, null, model, redirect);
    }

    @GetMapping("/admin/offices/{id}")
    String edit(@PathVariable long id, Model model) {
        Office office = offices.byId(id).orElseThrow(DomainException::notFound);
        return form(OfficeForm.of(office), office.id(), model);
    }

    @PostMapping("/admin/offices/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OfficeForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        offices.byId(id).orElseThrow(DomainException::notFound);
        return save(form, binding, id, model, redirect);
    }

    private String save(OfficeForm form, BindingResult binding, Long id, Model model, RedirectAttributes redirect) {
        form.checkPlace(regions.all().stream().map(Region::code).collect(Collectors.toSet()), binding);
        if (binding.hasErrors()) {
            return form(form, id, model);
        }
        try {
            if (id == null) {
                administration.create(form.toOffice(null));
            }
            else {
                administration.update(form.toOffice(id));
            }
        }
        catch (DomainException refused) {
            if (!"office.code.taken".equals(refused.messageKey())) {
                throw refused;
            }
            binding.rejectValue("code", refused.messageKey(), refused.arguments(), null);
            return form(form, id, model);
        }
        redirect.addFlashAttribute("notice", "admin.office.saved");
        redirect.addFlashAttribute("noticeArgument", form.getCode());
        return "redirect:/admin/offices";
    }

    private String form(OfficeForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("officeId", id);
        model.addAttribute("kinds", OfficeKind.values());
        model.addAttribute("regions", regions.all());
        return "admin/office-form";
    }

    private static String place(Office office, Map<String, String> regionNames, Locale locale) {
        return switch (office.kind()) {
            case REGIONAL -> regionNames.getOrDefault(office.regionCode(), office.regionCode());
            case MISSION -> new Locale("", office.country()).getDisplayCountry(locale);
            case HEADQUARTERS -> "";
        };
    }
}
