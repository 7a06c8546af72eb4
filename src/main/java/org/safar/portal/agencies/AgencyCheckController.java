package org.safar.portal.agencies;

import java.util.List;

import org.safar.mobility.LicenceCheck;
import org.safar.mobility.LicenceChecks;
import org.safar.platform.ratelimit.RateLimited;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Check an agency": a migrant types a name, a tax number or a licence number and sees whether the agency may
 * recruit, in plain words and colour, and what to do when it may not. A plain GET form, so it works without
 * JavaScript and a result can be shared as a link.
 */
@Controller
class AgencyCheckController {

    private final LicenceChecks checks;

    AgencyCheckController(LicenceChecks checks) {
        this.checks = checks;
    }

    @GetMapping("/agencies")
    @RateLimited("agency-check-page")
    String check(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        boolean asked = !query.isEmpty();
        boolean tooShort = asked && query.length() < 2;
        List<LicenceCheck> found = asked && !tooShort ? checks.search(query) : List.of();
        model.addAttribute("q", query.length() > 200 ? query.substring(0, 200) : query);
        model.addAttribute("asked", asked);
        model.addAttribute("tooShort", tooShort);
        model.addAttribute("results", found);
        return "portal/agency-check";
    }
}
