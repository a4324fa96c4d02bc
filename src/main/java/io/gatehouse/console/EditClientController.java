package io.gatehouse.console;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.InvalidClientException;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Edit: name, scopes, excluded fields and expiry date of a client that is not revoked. */
@Controller
@RequestMapping("/console/settings/api/clients/{id}/edit")
class EditClientController {

    static final String FORM = "console/clients/edit";

    private final ClientRegistry registry;
    private final ClientViews views;
    private final ClientFormModel formModel;

    EditClientController(ClientRegistry registry, ClientViews views, ClientFormModel formModel) {
        this.registry = registry;
        this.views = views;
        this.formModel = formModel;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        OAuthClient client = views.requireModifiable(id);
        formModel.edit(model, views.view(client), EditClientForm.of(client), Map.of());
        return FORM;
    }

    @PostMapping
    String edit(@PathVariable long id, @ModelAttribute("form") EditClientForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        OAuthClient client = views.requireModifiable(id);
        try {
            OAuthClient edited = registry.edit(id, form.toEdit(), CurrentUser.actor());
            redirect.addFlashAttribute("notice",
                    edited.updatedAt().equals(client.updatedAt()) ? "Nothing changed." : "Changes saved.");
            return "redirect:/console/settings/api/clients/" + id;
        }
        catch (InvalidClientException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            formModel.edit(model, views.view(client), form, ex.errors());
            return FORM;
        }
    }
}
