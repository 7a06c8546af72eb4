package org.safar.platform.profile;

import java.time.Clock;
import java.time.LocalDate;

import org.safar.platform.DomainException;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.security.StaffUser;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * My personal API tokens. A new token's secret is rendered in the answer to the form and nowhere else: not in
 * a redirect's flash attributes, which would put it into the session table.
 */
@Controller
class TokenController {

    static final int DEFAULT_DAYS = 90;
    private static final String PAGE = "profile/tokens";

    private final AccessTokens tokens;
    private final Clock clock;

    TokenController(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("tokenForm", TokenForm.expiringOn(LocalDate.now(clock).plusDays(DEFAULT_DAYS)));
        return page(user, model);
    }

    @PostMapping("/account/tokens")
    String issue(@AuthenticationPrincipal StaffUser user, @ModelAttribute TokenForm tokenForm, BindingResult errors,
            Model model, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("issued", tokens.issue(user, tokenForm.getName(), tokenForm.getExpiresOn()));
                model.addAttribute("tokenForm", TokenForm.expiringOn(LocalDate.now(clock).plusDays(DEFAULT_DAYS)));
                response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            }
            catch (DomainException refused) {
                String field = refused.messageKey().startsWith("token.name") ? "name" : "expiresOn";
                errors.rejectValue(field, refused.messageKey(), refused.arguments(), null);
            }
        }
        return page(user, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute(AccountController.NOTICE, "account.tokens.revoked");
        return "redirect:/account/tokens";
    }

    private String page(StaffUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("now", clock.instant());
        return PAGE;
    }
}
