package io.gatehouse.access.docs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.Endpoint;
import io.gatehouse.access.Field;
import io.gatehouse.access.FieldCatalogue;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The schema of every record the API answers, read from the {@link FieldCatalogue}: the same fields the
 * representations are built from and an admin can exclude. Every field but {@code id} is optional, since
 * an excluded or empty field is absent.
 */
final class RecordSchemas {

    /** The representation each records segment of a path answers; a stock movement answers its product. */
    private static final Map<String, String> BY_SEGMENT = Map.ofEntries(
            Map.entry("customers", "customer"), Map.entry("children", "customer"), Map.entry("orders", "order"),
            Map.entry("lines", "orderLine"), Map.entry("notes", "note"), Map.entry("tasks", "task"),
            Map.entry("devices", "device"), Map.entry("invoices", "invoice"), Map.entry("products", "product"),
            Map.entry("stock-movements", "product"), Map.entry("locations", "location"),
            Map.entry("statuses", "status"), Map.entry("users", "user"));

    private RecordSchemas() {
    }

    static void addTo(Components components) {
        for (FieldCatalogue.Representation representation : FieldCatalogue.representations()) {
            Schema<?> schema = new ObjectSchema().description(representation.label() + ". Fields excluded for "
                    + "the client, and empty ones, are absent.").addProperty("id", new IntegerSchema()
                            .format("int64").description("Never excluded."));
            representation.fields().forEach(field -> schema.addProperty(field.name(), typed(field)
                    .description(field.label() + ". Excludable as `" + field.id() + "`.")));
            schema.required(List.of("id"));
            components.addSchemas(name(representation.resource()), schema);
        }
    }

    /** The representation an endpoint answers: the last records segment of its path. */
    static Optional<String> representationOf(Endpoint endpoint) {
        String[] segments = endpoint.path().split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].startsWith("{")) {
                return Optional.ofNullable(BY_SEGMENT.get(segments[i]));
            }
        }
        return Optional.empty();
    }

    static Schema<?> one(String representation) {
        return new Schema<>().$ref("#/components/schemas/" + name(representation));
    }

    static Schema<?> page(String representation) {
        return new ObjectSchema().description("One page of records.")
                .addProperty("href", new StringSchema().description("This page's address."))
                .addProperty("limit", new IntegerSchema().maximum(java.math.BigDecimal.valueOf(ApiQuery.MAX_LIMIT)))
                .addProperty("offset", new IntegerSchema())
                .addProperty("totalItems", new IntegerSchema().format("int64")
                        .description("How many records match in all, of those the client may see."))
                .addProperty("items", new ArraySchema().items(one(representation)))
                .required(List.of("href", "limit", "offset", "totalItems", "items"));
    }

    /** {@code orderLine} → {@code OrderLine}. */
    static String name(String representation) {
        return Character.toUpperCase(representation.charAt(0)) + representation.substring(1);
    }

    /** The JSON type of a field, by the naming rules every representation follows. */
    static Schema<?> typed(Field field) {
        String name = field.name();
        if (name.endsWith("Id")) {
            return new IntegerSchema().format("int64");
        }
        if (name.endsWith("At")) {
            return new DateTimeSchema();
        }
        if (List.of("done", "active", "closed").contains(name)) {
            return new BooleanSchema();
        }
        if (name.equals("quantity") || name.equals("stockQuantity")) {
            return new IntegerSchema();
        }
        if (name.toLowerCase(java.util.Locale.ROOT).contains("price") || name.startsWith("total")
                || name.equals("vatRate")) {
            return new NumberSchema();
        }
        if (name.equals("lines")) {
            return new ArraySchema().items(new ObjectSchema()
                    .addProperty("id", new IntegerSchema().format("int64"))
                    .addProperty("description", new StringSchema())
                    .addProperty("quantity", new IntegerSchema())
                    .addProperty("unitPrice", new NumberSchema())
                    .addProperty("vatRate", new NumberSchema()));
        }
        return new StringSchema();
    }
}
