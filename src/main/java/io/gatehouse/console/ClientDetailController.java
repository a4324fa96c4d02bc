package io.gatehouse.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One client of the current tenant; any other id is the console's 404. */
@Controller
class ClientDetailController {

    private final ClientViews views;
    private final ClientDetailPage page;

    ClientDetailController(ClientViews views, ClientDetailPage page) {
        this.views = views;
        this.page = page;
    }

    @GetMapping("/console/settings/api/clients/{id}")
    String detail(@PathVariable long id, Model model) {
        return page.render(views.require(id), model);
    }
}
