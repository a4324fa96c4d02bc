package io.gatehouse.shop.locations;

import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/** A location of the shop, where orders are worked on and stock is kept. */
public record LocationRecord(long id, String name, String address) {

    /** What the caller sees of this location: every field, less those excluded for it. */
    public Map<String, Object> representation(ApiCaller caller) {
        return Representation.of("location", caller, id)
                .field("name", name)
                .field("address", address)
                .map();
    }
}
