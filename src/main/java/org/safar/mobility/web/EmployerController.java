package org.safar.mobility.web;

import org.safar.mobility.licensing.EmployerForm;
import org.safar.mobility.licensing.Employers;
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

/** Foreign employers: the list with their flags, registration, and flagging by a licensing officer. */
@Controller
class EmployerController {

    private final Employers employers;

    EmployerController(Employers employers) {
        this.employers = employers;
    }

    @GetMapping("/mobility/employers")
    String list(Model model) {
        model.addAttribute("employers", employers.all());
        return "mobility/employers";
    }

    @GetMapping("/mobility/employers/new")
    String newEmployer(Model model) {
        model.addAttribute("form", new EmployerForm());
        return "mobility/employer-form";
    }

    @PostMapping("/mobility/employers/new")
    String register(@Valid @ModelAttribute("form") EmployerForm form, BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "mobility/employer-form";
        }
        try {
            employers.register(form);
        }
        catch (DomainException refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "mobility/employer-form";
        }
        redirect.addFlashAttribute("done", "employer.registered");
        return "redirect:/mobility/employers";
    }

    @PostMapping("/mobility/employers/{id}/flag")
    String flag(@PathVariable long id, @RequestParam(required = false) String flag,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            employers.flag(id, flag, reason);
            redirect.addFlashAttribute("done", "employer.flagged");
        }
        catch (DomainException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("refusedKey", refused.messageKey());
            redirect.addFlashAttribute("refusedArgs", refused.arguments());
        }
        return "redirect:/mobility/employers";
    }
}
