package io.gatehouse.console;

import java.util.LinkedHashMap;
import java.util.Map;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.OAuthClient;

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
        model.addAllAttributes(attributes(client));
        return VIEW;
    }

    /** The answer to a change asked of a revoked client: its detail page, saying why nothing happened. */
    Map<String, Object> revokedAttributes(OAuthClient client) {
        Map<String, Object> attributes = attributes(client);
        attributes.put("problem", "“" + client.name() + "” is revoked. Revocation is final: a revoked client "
                + "cannot be edited, get a new secret or be used again. Create a new client instead.");
        return attributes;
    }

    private Map<String, Object> attributes(OAuthClient client) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("client", views.view(client));
        attributes.put("audit", registry.audit(client.id()));
        return attributes;
    }
}
