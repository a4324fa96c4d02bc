package io.gatehouse.shop.orders;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;

/** The notes of orders; callers reach them only through an order the caller may see. */
public interface OrderNotes {

    QuerySpec QUERY = QuerySpec.of("note", "n.id", "createdAt")
            .field("type", "n.type", Type.TEXT)
            .field("author", "n.author", Type.TEXT)
            .field("createdAt", "n.created_at", Type.INSTANT);

    List<NoteRecord> list(long orderId, ListQuery query);

    long count(long orderId, ListQuery query);

    Map<Long, List<NoteRecord>> forOrders(Collection<Long> orderIds);

    /** Adds the note and marks the order changed. */
    NoteRecord create(long orderId, String type, String text, String author);
}
