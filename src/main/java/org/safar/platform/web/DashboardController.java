package org.safar.platform.web;

import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Users;
import org.safar.platform.audit.AuditFilter;
import org.safar.platform.audit.AuditTrail;
import org.safar.platform.i18n.Formats;
import org.safar.platform.security.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after login: who you are, where you work, and the state of the system. */
@Controller
class DashboardController {

    private final Users users;
    private final Offices offices;
    private final AuditTrail audit;
    private final Formats formats;

    DashboardController(Users users, Offices offices, AuditTrail audit, Formats formats) {
        this.users = users;
        this.offices = offices;
        this.audit = audit;
        this.formats = formats;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("myOffices", offices.all().stream().filter(o -> user.officeIds().contains(o.id())).toList());
        model.addAttribute("userCount", users.count());
        model.addAttribute("officeCount", offices.all().size());
        var today = formats.today();
        model.addAttribute("auditToday", audit.count(new AuditFilter(null, null, null, null, today, today)));
        model.addAttribute("today", today);
        return "platform/dashboard";
    }
}
