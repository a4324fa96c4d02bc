package io.gatehouse.access.docs;

import java.util.List;
import java.util.Map;

import io.gatehouse.access.Endpoint;

/**
 * The one-line summary of an operation, read from its method and path ("GET /orders/{id}/lines" is "List the
 * lines of an order"), so that a new catalogue endpoint gets a summary without anyone writing one.
 */
final class OperationSummaries {

    /** The singular of each path segment that names records. */
    private static final Map<String, String> SINGULAR = Map.ofEntries(
            Map.entry("customers", "customer"), Map.entry("children", "child customer"),
            Map.entry("orders", "order"), Map.entry("lines", "order line"), Map.entry("notes", "note"),
            Map.entry("tasks", "task"), Map.entry("devices", "device"), Map.entry("invoices", "invoice"),
            Map.entry("products", "product"), Map.entry("stock-movements", "stock movement"),
            Map.entry("locations", "location"), Map.entry("statuses", "status"), Map.entry("users", "user"));

    private OperationSummaries() {
    }

    static String of(Endpoint endpoint) {
        List<String> literals = List.of(endpoint.path().substring(Endpoint.API_PREFIX.length() + 1).split("/"))
                .stream().filter(segment -> !segment.startsWith("{")).toList();
        String records = literals.get(literals.size() - 1);
        String one = article(SINGULAR.getOrDefault(records, records));
        String parent = literals.size() > 1 ? " of " + article(SINGULAR.get(literals.get(literals.size() - 2))) : "";
        boolean item = endpoint.path().endsWith("}");
        return switch (endpoint.method()) {
            case "GET" -> item ? "Get " + one : "List the " + records.replace('-', ' ') + parent;
            case "POST" -> "Create " + one + (parent.isEmpty() ? "" : " on" + parent.substring(3));
            case "PUT" -> "Replace " + one + " (fields left out are cleared)";
            case "PATCH" -> "Update " + one + " (only the fields given)";
            default -> endpoint.toString();
        };
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
