package io.gatehouse.console;

import jakarta.servlet.http.HttpServletResponse;

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
    private final ClientDetailPage detail;

    RevokeClientController(ClientRegistry registry, ClientViews views, ClientDetailPage detail) {
        this.registry = registry;
        this.views = views;
        this.detail = detail;
    }

    @GetMapping
    String confirm(@PathVariable long id, Model model, HttpServletResponse response) {
        OAuthClient client = views.require(id);
        if (client.revokedAt() != null) {
            return detail.revoked(client, model, response);
        }
        model.addAttribute("client", views.view(client));
        return "console/clients/revoke";
    }

    @PostMapping
    String revoke(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        OAuthClient client = views.require(id);
        if (client.revokedAt() != null) {
            return detail.revoked(client, model, response);
        }
        registry.revoke(id, CurrentUser.actor());
        redirect.addFlashAttribute("notice",
                "“" + client.name() + "” is revoked. The client and all its tokens stopped working.");
        return "redirect:/console/settings/api/clients/" + id;
    }
}
