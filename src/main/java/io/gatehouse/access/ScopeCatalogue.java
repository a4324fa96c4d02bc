package io.gatehouse.access;

import static io.gatehouse.access.Endpoint.get;
import static io.gatehouse.access.Endpoint.patch;
import static io.gatehouse.access.Endpoint.post;
import static io.gatehouse.access.Endpoint.put;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one list of scopes and the endpoints each opens. The console's scope picker, the token endpoint's
 * scope validation, the API's enforcement and the API docs all read it; nothing else defines a scope.
 */
public final class ScopeCatalogue {

    private static final List<Scope> SCOPES = List.of(
            new Scope("customers:read", "Customers", "Read customers and their child customers", false, List.of(
                    get("/customers"), get("/customers/{id}"), get("/customers/{id}/children"))),
            new Scope("customers:write", "Customers", "Create and update customers", false, List.of(
                    post("/customers"), put("/customers/{id}"), patch("/customers/{id}"))),
            new Scope("orders:read", "Orders", "Read orders with their lines, notes and tasks", false, List.of(
                    get("/orders"), get("/orders/{id}"),
                    get("/orders/{id}/lines"), get("/orders/{id}/lines/{lineId}"),
                    get("/orders/{id}/notes"), get("/orders/{id}/tasks"))),
            new Scope("orders:write", "Orders", "Create and update orders, order lines and notes", false, List.of(
                    post("/orders"), patch("/orders/{id}"),
                    post("/orders/{id}/lines"), patch("/orders/{id}/lines/{lineId}"),
                    post("/orders/{id}/notes"))),
            new Scope("devices:read", "Devices", "Read devices", false, List.of(
                    get("/devices"), get("/devices/{id}"))),
            new Scope("devices:write", "Devices", "Register devices", false, List.of(
                    post("/devices"))),
            new Scope("invoices:read", "Invoices", "Read invoices with their lines and totals", false, List.of(
                    get("/invoices"), get("/invoices/{id}"))),
            new Scope("products:read", "Products & stock", "Read products, prices and stock levels", false, List.of(
                    get("/products"), get("/products/{id}"))),
            new Scope("stock:write", "Products & stock", "Change stock levels through stock movements", false, List.of(
                    post("/products/{id}/stock-movements"))),
            new Scope("locations:read", "Locations", "Read locations", false, List.of(
                    get("/locations"), get("/locations/{id}"))),
            new Scope("statuses:read", "Statuses", "Read order statuses", false, List.of(
                    get("/statuses"), get("/statuses/{id}"))),
            new Scope("users:read", "Users", "Read the tenant's staff users (Admin clients only)", true, List.of(
                    get("/users"), get("/users/{id}"))));

    private static final Map<String, Scope> BY_NAME = SCOPES.stream()
            .collect(Collectors.toMap(Scope::name, s -> s, (a, b) -> a, LinkedHashMap::new));

    private ScopeCatalogue() {
    }

    public static List<Scope> all() {
        return SCOPES;
    }

    public static Optional<Scope> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static boolean exists(String name) {
        return BY_NAME.containsKey(name);
    }

    /** Scopes in catalogue order, grouped by the resource they belong to. */
    public static Map<String, List<Scope>> byResource() {
        return SCOPES.stream().collect(Collectors.groupingBy(Scope::resource, LinkedHashMap::new, Collectors.toList()));
    }

    /** The scope an endpoint requires, if the catalogue knows the endpoint. */
    public static Optional<Scope> requiredFor(Endpoint endpoint) {
        return SCOPES.stream().filter(s -> s.endpoints().contains(endpoint)).findFirst();
    }

    public static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        SCOPES.forEach(s -> all.addAll(s.endpoints()));
        return all;
    }

    /** Names not in the catalogue, in the order given. */
    public static List<String> unknown(Collection<String> names) {
        return names.stream().filter(n -> !BY_NAME.containsKey(n)).toList();
    }

    /**
     * Of these scope names, those someone may use given whether they are (or act for) an admin user: admin-only
     * scopes need an admin. The one rule for Admin clients (through their owner) and user tokens (their user).
     */
    public static List<String> usable(Collection<String> names, boolean admin) {
        for (String name : names) {
            if (!usable(name, admin)) {
                return names.stream().filter(n -> usable(n, admin)).toList();
            }
        }
        // Every one usable, the common case on every call of a Customer or Staff client: nothing to filter, and no
        // copy of a list that is already unmodifiable (a session's scopes are), so callers can compare by identity.
        return List.copyOf(names);
    }

    private static boolean usable(String name, boolean admin) {
        Scope scope = name == null ? null : BY_NAME.get(name);
        return scope != null && (admin || !scope.adminOnly());
    }

    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}
