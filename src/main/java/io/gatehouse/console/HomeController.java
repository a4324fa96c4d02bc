package io.gatehouse.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Login page and the dashboard every console user lands on. */
@Controller
class HomeController {

    @GetMapping("/console/login")
    String login(HttpServletRequest request, Model model) {
        // Spring Security redirects to "?error" and "?logout": parameters without a value.
        model.addAttribute("loginFailed", request.getParameterMap().containsKey("error"));
        model.addAttribute("loggedOut", request.getParameterMap().containsKey("logout"));
        return "console/login";
    }

    @GetMapping({ "/", "/console" })
    String dashboard() {
        return "console/home";
    }
}
