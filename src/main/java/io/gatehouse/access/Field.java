package io.gatehouse.access;

/**
 * A field of an API representation that an admin can hide from a client, e.g. {@code orderLine.purchasePrice}.
 *
 * @param resource the representation ({@code orderLine}), as named in the API
 * @param name     the JSON property ({@code purchasePrice})
 */
public record Field(String resource, String resourceLabel, String name, String label) {

    /** The stable id stored with a client: {@code resource.name}. */
    public String id() {
        return resource + "." + name;
    }

    /** How the console shows it: <i>Order line › Purchase price</i>. */
    public String displayName() {
        return resourceLabel + " › " + label;
    }
}
