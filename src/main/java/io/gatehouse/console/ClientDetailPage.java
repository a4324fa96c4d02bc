package io.gatehouse.console;

import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.OAuthClient;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Renders a client's detail page: its properties, scopes, excluded fields and audit trail. */
@Component
class ClientDetailPage {

    static final String VIEW = "console/clients/detail";

    private final ClientViews views;
    private final ClientRegistry registry;

    ClientDetailPage(ClientViews views, ClientRegistry registry) {
        this.views = views;
        this.registry = registry;
    }

    String render(OAuthClient client, Model model) {
        model.addAttribute("client", views.view(client));
        model.addAttribute("audit", registry.audit(client.id()));
        return VIEW;
    }

    /** The answer to a change asked for a revoked client: its detail page, saying why nothing happened. */
    String revoked(OAuthClient client, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("problem", "“" + client.name() + "” is revoked. Revocation is final: a revoked client "
                + "cannot be edited, get a new secret or be used again. Create a new client instead.");
        return render(client, model);
    }
}
