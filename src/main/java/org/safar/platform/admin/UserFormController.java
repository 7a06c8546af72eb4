package org.safar.platform.admin;

import java.util.Locale;

import org.safar.platform.DomainException;
import org.safar.platform.accounts.AccountAdministration;
import org.safar.platform.accounts.UserAccount;
import org.safar.platform.accounts.UserForm;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

/**
 * Creating and editing a staff account, and resetting its password. A one-time password is shown once, in the
 * answer to the request that made it, and kept nowhere else.
 */
@Controller
class UserFormController {

    private final Users users;
    private final AccountAdministration accounts;
    private final AccountChoices choices;
    private final SpringValidatorAdapter validator;

    UserFormController(Users users, AccountAdministration accounts, AccountChoices choices, Validator validator) {
        this.users = users;
        this.accounts = accounts;
        this.choices = choices;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/admin/users/new")
    String newUser(Locale locale, Model model) {
        return form(new UserForm(), null, locale, model);
    }

    @PostMapping("/admin/users/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Locale locale, Model model) {
        if (binding.hasErrors()) {
            return form(form, null, locale, model);
        }
        try {
            AccountAdministration.Created created = accounts.create(form);
            return oneTimePassword("created", form.getUsername(), created.id(), created.oneTimePassword(), model);
        }
        catch (DomainException refused) {
            reject(refused, binding);
            return form(form, null, locale, model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Locale locale, Model model) {
        UserAccount account = users.byId(id).orElseThrow(DomainException::notFound);
        return form(UserForm.of(account), account, locale, model);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult binding,
            Locale locale, Model model, RedirectAttributes redirect) {
        UserAccount account = users.byId(id).orElseThrow(DomainException::notFound);
        form.setUsername(account.username());
        validator.validate(form, binding);
        if (binding.hasErrors()) {
            return form(form, account, locale, model);
        }
        try {
            accounts.update(id, form);
        }
        catch (DomainException refused) {
            reject(refused, binding);
            return form(form, account, locale, model);
        }
        redirect.addFlashAttribute("notice", "admin.user.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/reset-password")
    String resetPassword(@PathVariable long id, Model model) {
        UserAccount account = users.byId(id).orElseThrow(DomainException::notFound);
        return oneTimePassword("reset", account.username(), id, accounts.resetPassword(id), model);
    }

    private String form(UserForm form, UserAccount account, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("officeGroups", choices.officesByKind(locale));
        return "admin/user-form";
    }

    private static String oneTimePassword(String occasion, String username, long id, String password, Model model) {
        model.addAttribute("occasion", occasion);
        model.addAttribute("username", username);
        model.addAttribute("userId", id);
        model.addAttribute("oneTimePassword", password);
        return "admin/one-time-password";
    }

    /** A refusal about one field is shown beside it; any other refusal becomes the error page. */
    private static void reject(DomainException refused, BindingResult binding) {
        String field = switch (refused.messageKey()) {
            case "user.username.taken" -> "username";
            case "user.offices.unknown" -> "officeIds";
            default -> throw refused;
        };
        binding.rejectValue(field, refused.messageKey(), refused.arguments(), null);
    }
}
