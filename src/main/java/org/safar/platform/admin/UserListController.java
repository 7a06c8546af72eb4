package org.safar.platform.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safar.platform.accounts.UserAccount;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff accounts, filtered by name, role or office. */
@Controller
class UserListController {

    private final Users users;
    private final AccountChoices choices;
    private final Clock clock;

    UserListController(Users users, AccountChoices choices, Clock clock) {
        this.users = users;
        this.choices = choices;
        this.clock = clock;
    }

    /** One line of the list: the account, its offices' names and whether it is locked now. */
    record UserRow(UserAccount account, List<String> offices, boolean locked) {
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long office, Locale locale, Model model) {
        Map<Long, String> officeNames = choices.officeNames(locale);
        Instant now = clock.instant();
        model.addAttribute("rows", users.search(q, role, office).stream()
                .map(account -> new UserRow(account,
                        account.officeIds().stream().map(officeNames::get).sorted().toList(),
                        account.lockedAt(now)))
                .toList());
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("office", office);
        model.addAttribute("roles", Role.values());
        model.addAttribute("officeGroups", choices.officesByKind(locale));
        return "admin/users";
    }
}
