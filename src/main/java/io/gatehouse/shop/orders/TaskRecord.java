package io.gatehouse.shop.orders;

import java.time.Instant;
import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/** A to-do on an order; {@code dueAt} may be null. */
public record TaskRecord(long id, long orderId, String title, boolean done, Instant dueAt, Instant createdAt) {

    public Map<String, Object> representation(ApiCaller caller) {
        return Representation.of("task", caller, id)
                .field("title", title)
                .field("done", done)
                .field("dueAt", dueAt)
                .field("createdAt", createdAt)
                .map();
    }
}
