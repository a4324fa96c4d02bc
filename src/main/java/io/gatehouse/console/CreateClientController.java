package io.gatehouse.console;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.clients.InvalidClientException;
import io.gatehouse.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Create New Client: the form, the customer search behind its owner picker, and the one-time secret. */
@Controller
@RequestMapping("/console/settings/api/clients")
class CreateClientController {

    static final String FORM = "console/clients/create";

    private final ClientRegistry registry;
    private final ClientFormModel formModel;
    private final ClientViews views;

    CreateClientController(ClientRegistry registry, ClientFormModel formModel, ClientViews views) {
        this.registry = registry;
        this.formModel = formModel;
        this.views = views;
    }

    @GetMapping("/new")
    String form(Model model) {
        formModel.create(model, CreateClientForm.empty(), Map.of());
        return FORM;
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") CreateClientForm form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (form.searching()) {
            formModel.create(model, form, Map.of());
            return FORM;
        }
        try {
            CreatedClient created = registry.create(form.toNewClient(), CurrentUser.actor());
            return SecretPage.render(model, request, response, views.view(created.client()), created.secret(),
                    "Client created", null);
        }
        catch (InvalidClientException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            formModel.create(model, form, ex.errors());
            return FORM;
        }
    }

    /** htmx: the owner picker's customer radios for a search, keeping the current choice. */
    @GetMapping("/customers")
    String customers(@RequestParam(name = "customerQuery", required = false) String query,
            @RequestParam(name = "ownerCustomerId", required = false) String selected, Model model) {
        model.addAttribute("customerChoices", formModel.customerChoices(query, selected));
        model.addAttribute("form", new CreateClientForm(null, null, null, selected, null, null, null, null, query,
                null));
        model.addAttribute("errors", Map.of());
        model.addAttribute("customerLimit", ClientFormModel.CUSTOMER_CHOICES);
        return FORM + " :: customer-options";
    }
}
