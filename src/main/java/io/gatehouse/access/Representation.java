package io.gatehouse.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds the JSON object of one record for one caller. Exclusions apply while it is built: a hidden field
 * is never put in, so no later step can leak it. Every field must be in the {@link FieldCatalogue}, so any
 * field the API returns is one an admin can hide.
 */
public final class Representation {

    private final String resource;
    private final Set<String> excludable;
    private final Set<String> hidden;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Representation(String resource, Set<String> hidden) {
        this.resource = resource;
        this.excludable = FieldCatalogue.names(resource);
        this.hidden = hidden;
    }

    public static Representation of(String resource, ApiCaller caller, Object id) {
        Representation representation = new Representation(resource, caller.hidden(resource));
        representation.values.put("id", id);
        return representation;
    }

    /** Puts a catalogue field, unless it is hidden from the caller. */
    public Representation field(String name, Object value) {
        if (!excludable.contains(name)) {
            throw new IllegalArgumentException(resource + "." + name + " is not in the field catalogue");
        }
        if (!hidden.contains(name)) {
            values.put(name, value);
        }
        return this;
    }

    /**
     * Embeds related records asked for with {@code expand}; each was built as its own representation, and
     * the caller's right to see it was checked when the expansion was accepted.
     */
    public Representation embed(String name, Object value) {
        if (excludable.contains(name)) {
            throw new IllegalArgumentException(resource + "." + name + " is a catalogue field: use field()");
        }
        values.put(name, value);
        return this;
    }

    public Map<String, Object> map() {
        return values;
    }
}
