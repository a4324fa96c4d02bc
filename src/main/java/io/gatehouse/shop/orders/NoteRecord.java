package io.gatehouse.shop.orders;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/** A note on an order; its text is stored in the column {@code body}. */
public record NoteRecord(long id, long orderId, String type, String text, String author, Instant createdAt) {

    public static final List<String> TYPES = List.of("DIAGNOSIS", "INTERNAL", "ISSUE", "RESOLUTION");

    public Map<String, Object> representation(ApiCaller caller) {
        return Representation.of("note", caller, id)
                .field("type", type)
                .field("text", text)
                .field("author", author)
                .field("createdAt", createdAt)
                .map();
    }
}
