package io.gatehouse.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields the API returns, per representation, that a client can be denied. Ids are never
 * excludable: a record without its id is useless. The console's "Excluded fields" picker and the API's
 * serializer both read this list, so a field the API returns is a field an admin can hide.
 */
public final class FieldCatalogue {

    private static final Map<String, Representation> REPRESENTATIONS = new LinkedHashMap<>();
    private static final Map<String, Set<String>> NAMES = new HashMap<>();

    /**
     * Fields whose value the API would otherwise give away through others: an invoice's net total is its gross
     * less its VAT, and every total is the sum of its lines. Hiding one hides the rest of its group.
     */
    private static final Map<String, Set<String>> IMPLIED = Map.of(
            "invoice.totalNet", Set.of("invoice.totalVat", "invoice.totalGross", "invoice.lines"),
            "invoice.totalVat", Set.of("invoice.totalNet", "invoice.totalGross", "invoice.lines"),
            "invoice.totalGross", Set.of("invoice.totalNet", "invoice.totalVat", "invoice.lines"));

    private static final Map<String, String> NOTES = Map.of("invoice",
            "Hiding any invoice total hides all three totals and the lines, which add up to them.");

    static {
        add("customer", "Customer", "parentId:Parent customer", "name:Name", "email:Email", "phone:Phone",
                "businessId:Business id", "billingAddress:Billing address", "shippingAddress:Shipping address",
                "createdAt:Created at", "updatedAt:Updated at");
        add("order", "Order", "customerId:Customer", "deviceId:Device", "status:Status", "reference:Reference",
                "locationId:Internal location", "createdAt:Created at", "updatedAt:Updated at");
        add("orderLine", "Order line", "productId:Product", "description:Description", "quantity:Quantity",
                "price:Price", "purchasePrice:Purchase price", "vatRate:VAT rate");
        add("note", "Note", "type:Type", "text:Text", "author:Author", "createdAt:Created at");
        add("task", "Task", "title:Title", "done:Done", "dueAt:Due at", "createdAt:Created at");
        add("device", "Device", "customerId:Owner customer", "serialNumber:Serial number", "imei:IMEI",
                "brand:Brand", "model:Model", "createdAt:Created at");
        add("invoice", "Invoice", "customerId:Customer", "orderId:Order", "number:Number", "status:Status",
                "issuedAt:Issued at", "dueAt:Due at", "totalNet:Total (net)", "totalVat:Total VAT",
                "totalGross:Total (gross)", "lines:Lines");
        add("product", "Product", "sku:SKU", "name:Name", "price:Price", "purchasePrice:Purchase price",
                "stockQuantity:Stock quantity", "locationId:Stock location", "updatedAt:Updated at");
        add("location", "Location", "name:Name", "address:Address");
        add("status", "Status", "code:Code", "name:Name", "closed:Closed");
        add("user", "User", "username:Username", "name:Name", "email:Email", "role:Role", "active:Active");
    }

    /** A representation and its excludable fields; {@code note} explains fields hidden together, if any. */
    public record Representation(String resource, String label, List<Field> fields, String note) {
    }

    private FieldCatalogue() {
    }

    private static void add(String resource, String label, String... fields) {
        List<Field> list = new ArrayList<>();
        for (String f : fields) {
            String[] parts = f.split(":", 2);
            list.add(new Field(resource, label, parts[0], parts[1]));
        }
        REPRESENTATIONS.put(resource, new Representation(resource, label, List.copyOf(list), NOTES.get(resource)));
        NAMES.put(resource, list.stream().map(Field::name).collect(Collectors.toUnmodifiableSet()));
    }

    public static List<Representation> representations() {
        return List.copyOf(REPRESENTATIONS.values());
    }

    public static List<Field> all() {
        return REPRESENTATIONS.values().stream().flatMap(r -> r.fields().stream()).toList();
    }

    public static Optional<Field> find(String id) {
        return all().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The excludable property names of a representation, e.g. {@code price} for {@code orderLine}. */
    public static Set<String> names(String resource) {
        Set<String> names = NAMES.get(resource);
        if (names == null) {
            throw new IllegalArgumentException("No representation " + resource + " in the field catalogue");
        }
        return names;
    }

    /**
     * The excluded field ids with every field they imply, unmodifiable: what a client with these exclusions never
     * sees. Built on every API request, so a set that already holds what it implies (most do) is not copied again.
     */
    public static Set<String> withImplied(Set<String> excluded) {
        Set<String> all = null;
        for (String id : excluded) {
            Set<String> implied = IMPLIED.get(id);
            if (implied != null && !excluded.containsAll(implied)) {
                all = all == null ? new HashSet<>(excluded) : all;
                all.addAll(implied);
            }
        }
        return Set.copyOf(all == null ? excluded : all);
    }

    /** Ids not in the catalogue, in the order given. */
    public static List<String> unknown(Collection<String> ids) {
        Map<String, Field> byId = all().stream().collect(Collectors.toMap(Field::id, f -> f));
        return ids.stream().filter(id -> !byId.containsKey(id)).toList();
    }
}
