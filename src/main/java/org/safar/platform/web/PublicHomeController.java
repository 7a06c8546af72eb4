package org.safar.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public portal's front page: for migrants and their families, no login. */
@Controller
class PublicHomeController {

    @GetMapping("/")
    String home() {
        return "platform/public-home";
    }
}
