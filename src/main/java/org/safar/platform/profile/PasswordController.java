package org.safar.platform.profile;

import org.safar.platform.DomainException;
import org.safar.platform.accounts.AccountAdministration;
import org.safar.platform.accounts.Passwords;
import org.safar.platform.security.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A staff member changes their own password. Someone who signed in with a one-time password is kept here until
 * they do; afterwards their session is told, so they may go on to the dashboard.
 */
@Controller
class PasswordController {

    private static final String PAGE = "profile/password";

    private final AccountAdministration accounts;
    private final SessionPrincipal sessionPrincipal;

    PasswordController(AccountAdministration accounts, SessionPrincipal sessionPrincipal) {
        this.accounts = accounts;
        this.sessionPrincipal = sessionPrincipal;
    }

    @ModelAttribute("minLength")
    int minLength() {
        return Passwords.MIN_LENGTH;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("forced", user.mustChangePassword());
        return PAGE;
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal StaffUser user, @ModelAttribute PasswordForm passwordForm,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("forced", user.mustChangePassword());
        if (!passwordForm.repeatedCorrectly()) {
            errors.rejectValue("repeatPassword", "password.mismatch");
            return PAGE;
        }
        try {
            accounts.changeOwnPassword(user.username(), passwordForm.getCurrentPassword(),
                    passwordForm.getNewPassword());
        }
        catch (DomainException refused) {
            errors.rejectValue(fieldOf(refused.messageKey()), refused.messageKey(), refused.arguments(), null);
            return PAGE;
        }
        redirect.addFlashAttribute(AccountController.NOTICE, "account.password.changed");
        if (user.mustChangePassword()) {
            sessionPrincipal.refresh(request, response);
            return "redirect:/dashboard";
        }
        return "redirect:/account";
    }

    private static String fieldOf(String messageKey) {
        return "password.currentWrong".equals(messageKey) ? "currentPassword" : "newPassword";
    }
}
