package org.safar.portal.certificates;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.safar.platform.ratelimit.RateLimited;
import org.safar.training.CertificateCheck;
import org.safar.training.TrainingRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Anyone with a certificate's code (typed, or from its QR code) sees whether it is valid or revoked, the
 * course, the date and the holder's name — nothing more. Each check counts against the {@code certificate-check}
 * rate limit, so codes cannot be tried in bulk; the codes themselves are random and carry a check character.
 */
@Controller
class CertificateCheckController {

    private final TrainingRecords training;

    CertificateCheckController(TrainingRecords training) {
        this.training = training;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:/verify/" + UriUtils.encodePathSegment(code.strip(), StandardCharsets.UTF_8);
        }
        return "portal/certificates/verify";
    }

    @GetMapping("/verify/{code}")
    @RateLimited("certificate-check")
    String check(@PathVariable String code, Model model) {
        Optional<CertificateCheck> found = training.check(code);
        model.addAttribute("typed", code);
        model.addAttribute("checked", true);
        model.addAttribute("certificate", found.orElse(null));
        return "portal/certificates/verify";
    }
}
