package io.gatehouse.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The console's fixed pages: login, dashboard, and "not found". */
@Controller
class ConsolePagesController {

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

    /**
     * Any other address under /console gets the console's own 404 page. Without this, the static-resource
     * handler would claim it and answer with a JSON problem, which suits the API but not people. Every
     * specific mapping is more specific than this pattern, so it only catches what nothing else does.
     */
    @RequestMapping("/console/**")
    String unknown() {
        throw new PageNotFoundException();
    }
}
