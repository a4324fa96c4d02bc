package io.gatehouse.shop.statuses;

import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/**
 * A status an order can be in.
 *
 * @param closed whether an order in this status is finished (closed or cancelled)
 */
public record StatusRecord(long id, String code, String name, boolean closed) {

    /** What the caller sees of this status: every field, less those excluded for it. */
    public Map<String, Object> representation(ApiCaller caller) {
        return Representation.of("status", caller, id)
                .field("code", code)
                .field("name", name)
                .field("closed", closed)
                .map();
    }
}
