package io.gatehouse.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** System Settings › API › OAuth2 Clients. */
@Controller
class ClientListController {

    private final ClientViews views;

    ClientListController(ClientViews views) {
        this.views = views;
    }

    @GetMapping("/console/settings/api/clients")
    String list(Model model) {
        model.addAttribute("clients", views.list());
        return "console/clients/list";
    }
}
