package io.gatehouse.console;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Revoke: a confirmation page, then the final, immediate end of the client and all its tokens. */
@Controller
@RequestMapping("/console/settings/api/clients/{id}/revoke")
class RevokeClientController {

    private final ClientRegistry registry;
    private final ClientViews views;

    RevokeClientController(ClientRegistry registry, ClientViews views) {
        this.registry = registry;
        this.views = views;
    }

    @GetMapping
    String confirm(@PathVariable long id, Model model) {
        model.addAttribute("client", views.view(views.requireModifiable(id)));
        return "console/clients/revoke";
    }

    @PostMapping
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        OAuthClient client = views.requireModifiable(id);
        registry.revoke(id, CurrentUser.actor());
        redirect.addFlashAttribute("notice",
                "“" + client.name() + "” is revoked. The client and all its tokens stopped working.");
        return "redirect:/console/settings/api/clients/" + id;
    }
}
