package org.safar.platform.web;

import org.safar.platform.demo.DemoData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff login page; the form posts to Spring Security's {@code /login}. */
@Controller
class LoginController {

    private final boolean demo;

    LoginController(@Value("${safar.demo-data:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("errorKey", switch (error) {
                case "locked" -> "login.error.locked";
                case "disabled" -> "login.error.disabled";
                default -> "login.error.bad";
            });
        }
        model.addAttribute("demo", demo);
        model.addAttribute("onLoginPage", true);
        if (demo) {
            model.addAttribute("demoUsers", String.join(", ", DemoData.usernames()));
            model.addAttribute("demoPassword", DemoData.PASSWORD);
        }
        return "platform/login";
    }
}
