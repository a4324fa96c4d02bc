package io.gatehouse.access;

import java.util.List;

/**
 * A permission a client can hold, e.g. {@code orders:read}. Every API endpoint needs exactly one.
 *
 * @param adminOnly never granted to a Customer client, nor to a client whose owner is not an admin
 */
public record Scope(String name, String resource, String description, boolean adminOnly, List<Endpoint> endpoints) {

    public Scope {
        endpoints = List.copyOf(endpoints);
    }
}
