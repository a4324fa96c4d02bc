package io.gatehouse.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.access.FieldCatalogue;
import io.gatehouse.access.ScopeCatalogue;
import io.gatehouse.clients.TokenExpiration;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.shop.CustomerDirectory;
import io.gatehouse.shop.CustomerSummary;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the create and edit forms need besides the user's input: choices from the catalogues and directories. */
@Component
class ClientFormModel {

    /** Customers listed in the owner picker at once; the search finds the rest. */
    static final int CUSTOMER_CHOICES = 20;

    private static final List<String> FIELD_ORDER =
            List.of("name", "accessLevel", "owner", "expiration", "expiresOn", "scopes", "excludedFields");

    private final UserDirectory users;
    private final CustomerDirectory customers;
    private final Clock clock;

    ClientFormModel(UserDirectory users, CustomerDirectory customers, Clock clock) {
        this.users = users;
        this.customers = customers;
        this.clock = clock;
    }

    void create(Model model, CreateClientForm form, Map<String, String> errors) {
        catalogues(model, errors);
        model.addAttribute("form", form);
        model.addAttribute("accessLevels", AccessLevel.values());
        model.addAttribute("expirationChoices", TokenExpiration.Choice.values());
        model.addAttribute("users", users.list().stream().filter(ConsoleUser::active).toList());
        model.addAttribute("customerChoices", customerChoices(form.customerQuery(), form.ownerCustomerId()));
        model.addAttribute("customerLimit", CUSTOMER_CHOICES);
    }

    void edit(Model model, ClientView client, EditClientForm form, Map<String, String> errors) {
        catalogues(model, errors);
        model.addAttribute("client", client);
        model.addAttribute("form", form);
    }

    /** Matching customers, with the one already chosen kept first so a new search never loses the choice. */
    List<CustomerSummary> customerChoices(String query, String selectedId) {
        List<CustomerSummary> found = new ArrayList<>(customers.search(query, CUSTOMER_CHOICES));
        Long selected = FormValues.number(selectedId);
        if (selected != null && found.stream().noneMatch(c -> c.id() == selected)) {
            customers.find(selected).ifPresent(c -> found.add(0, c));
        }
        return found;
    }

    /** Messages in the order their fields appear, so the summary at the top reads like the form. */
    static Map<String, String> inFormOrder(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELD_ORDER.stream().filter(errors::containsKey).forEach(key -> ordered.put(key, errors.get(key)));
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private void catalogues(Model model, Map<String, String> errors) {
        model.addAttribute("errors", inFormOrder(errors));
        model.addAttribute("scopeGroups", ScopeCatalogue.byResource());
        model.addAttribute("representations", FieldCatalogue.representations());
        model.addAttribute("tomorrow", LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1));
    }
}
