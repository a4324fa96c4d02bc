package io.gatehouse.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.clients.RotationGrace;
import io.gatehouse.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Rotate secret: choose how long the current secret keeps working, then see the new one once. */
@Controller
@RequestMapping("/console/settings/api/clients/{id}/rotate")
class RotateSecretController {

    static final String FORM = "console/clients/rotate";

    private final ClientRegistry registry;
    private final ClientViews views;

    RotateSecretController(ClientRegistry registry, ClientViews views) {
        this.registry = registry;
        this.views = views;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        return form(views.requireModifiable(id), null, null, model);
    }

    @PostMapping
    String rotate(@PathVariable long id, @RequestParam(name = "grace", required = false) String graceValue,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        OAuthClient client = views.requireModifiable(id);
        RotationGrace grace = FormValues.constant(RotationGrace.class, graceValue);
        if (grace == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(client, graceValue, "Choose how long the current secret keeps working.", model);
        }
        String secret = registry.rotateSecret(id, grace, CurrentUser.actor());
        String note = grace == RotationGrace.NONE
                ? "The previous secret stopped working now."
                : "The previous secret keeps working for " + grace.label() + ", so you can update your integration.";
        return SecretPage.render(model, request, response, views.view(views.require(id)), secret, "Secret rotated",
                note);
    }

    private String form(OAuthClient client, String grace, String error, Model model) {
        model.addAttribute("client", views.view(client));
        model.addAttribute("graces", RotationGrace.values());
        model.addAttribute("grace", grace == null ? RotationGrace.ONE_DAY.name() : grace);
        model.addAttribute("graceError", error);
        return FORM;
    }
}
