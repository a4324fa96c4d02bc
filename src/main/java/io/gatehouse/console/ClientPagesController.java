package io.gatehouse.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** System Settings › API › OAuth2 Clients: the list, and one client of the current tenant. */
@Controller
class ClientPagesController {

    private final ClientViews views;
    private final ClientDetailPage page;

    ClientPagesController(ClientViews views, ClientDetailPage page) {
        this.views = views;
        this.page = page;
    }

    @GetMapping("/console/settings/api/clients")
    String list(Model model) {
        model.addAttribute("clients", views.list());
        return "console/clients/list";
    }

    /** Any id that is not a client of this tenant (another tenant's included) is the console's 404. */
    @GetMapping("/console/settings/api/clients/{id}")
    String detail(@PathVariable long id, Model model) {
        return page.render(views.require(id), model);
    }
}
