package io.gatehouse.console;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.gatehouse.authserver.ClientUsage;
import io.gatehouse.authserver.Sessions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** System Settings › API › OAuth2 Clients: the list, and one client of the current tenant. */
@Controller
class ClientPagesController {

    private final ClientViews views;
    private final ClientDetailPage page;
    private final Sessions sessions;

    ClientPagesController(ClientViews views, ClientDetailPage page, Sessions sessions) {
        this.views = views;
        this.page = page;
        this.sessions = sessions;
    }

    @GetMapping("/console/settings/api/clients")
    String list(Model model) {
        List<ClientView> clients = views.list();
        Map<Long, ClientUsage> usage = sessions.usage();
        model.addAttribute("clients", clients);
        model.addAttribute("usage", clients.stream().collect(Collectors.toMap(ClientView::id,
                client -> usage.getOrDefault(client.id(), ClientUsage.NONE))));
        return "console/clients/list";
    }

    /** Any id that is not a client of this tenant (another tenant's included) is the console's 404. */
    @GetMapping("/console/settings/api/clients/{id}")
    String detail(@PathVariable long id, Model model) {
        return page.render(views.require(id), model);
    }
}
