package org.safar.mobility.web;

import org.safar.mobility.Complaints;
import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Employers;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.platform.security.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Complaints against agencies and employers: the latest, taking one, and one complaint with its linked case. */
@Controller
class ComplaintController {

    private final Complaints complaints;
    private final Agencies agencies;
    private final Employers employers;

    ComplaintController(Complaints complaints, Agencies agencies, Employers employers) {
        this.complaints = complaints;
        this.agencies = agencies;
        this.employers = employers;
    }

    @GetMapping("/mobility/complaints")
    String list(Model model) {
        model.addAttribute("complaints", complaints.latest(200));
        return "mobility/complaints";
    }

    @GetMapping("/mobility/complaints/new")
    String newComplaint(@RequestParam(required = false) Long agency, Model model) {
        model.addAttribute("agencyId", agency);
        return form(model);
    }

    @PostMapping("/mobility/complaints/new")
    String file(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Long employerId,
            @RequestParam(required = false) String person, @RequestParam(required = false) String country,
            @RequestParam(required = false) String summary, Model model, RedirectAttributes redirect) {
        StaffUser user = StaffUser.current().orElseThrow();
        try {
            PersonId personId = person == null || person.isBlank() ? null : ApplicationForms.personId(person);
            long office = user.officeIds().stream().sorted().findFirst()
                    .orElseThrow(() -> new DomainException("complaint.office.required"));
            long id = complaints.file(agencyId, employerId, personId, country, summary, office);
            redirect.addFlashAttribute("done", "complaint.filed");
            return "redirect:/mobility/complaints/" + id;
        }
        catch (DomainException refused) {
            model.addAttribute("agencyId", agencyId);
            model.addAttribute("employerId", employerId);
            model.addAttribute("person", person);
            model.addAttribute("country", country);
            model.addAttribute("summary", summary);
            model.addAttribute("refusedKey", refused.messageKey());
            model.addAttribute("refusedArgs", refused.arguments());
            return form(model);
        }
    }

    @GetMapping("/mobility/complaints/{id}")
    String complaint(@PathVariable long id, Model model) {
        model.addAttribute("complaint", complaints.byId(id).orElseThrow(DomainException::notFound));
        return "mobility/complaint";
    }

    private String form(Model model) {
        model.addAttribute("agencies", agencies.search(null, null, 1000));
        model.addAttribute("employers", employers.all());
        return "mobility/complaint-form";
    }
}
