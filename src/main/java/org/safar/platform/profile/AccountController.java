package org.safar.platform.profile;

import java.util.Locale;

import org.safar.platform.Language;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.StaffUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** My account: who I am in Safar, the language I work in, and the way to my password and API tokens. */
@Controller
class AccountController {

    static final String NOTICE = "notice";

    private final Users users;
    private final Offices offices;
    private final LocaleResolver locales;

    AccountController(Users users, Offices offices, LocaleResolver locales) {
        this.users = users;
        this.offices = offices;
        this.locales = locales;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal StaffUser user, Model model) {
        var account = users.byUsername(user.username()).orElseThrow();
        Language preferred = Language.fromTag(account.preferredLocale())
                .orElse(Language.of(LocaleContextHolder.getLocale()).orElse(Language.DEFAULT));
        model.addAttribute("account", account);
        model.addAttribute("myOffices",
                offices.all().stream().filter(office -> account.officeIds().contains(office.id())).toList());
        model.addAttribute("languages", Language.all());
        model.addAttribute("preferred", preferred);
        return "profile/account";
    }

    /** Saves the language in the profile (for the next login) and in this session, through the locale resolver. */
    @PostMapping("/account/language")
    String chooseLanguage(@RequestParam String language, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        Locale chosen = Language.fromTag(language).orElse(Language.DEFAULT).locale();
        locales.setLocale(request, response, chosen);
        redirect.addFlashAttribute(NOTICE, "account.language.saved");
        return "redirect:/account";
    }
}
