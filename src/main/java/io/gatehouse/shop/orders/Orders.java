package io.gatehouse.shop.orders;

import java.util.List;
import java.util.Optional;

import io.gatehouse.access.ApiException;
import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;
import io.gatehouse.access.Visibility;

/** The repair orders of the current tenant, always read through the caller's {@link Visibility} of their customer. */
public interface Orders {

    QuerySpec QUERY = QuerySpec.of("order", "o.id", "-updatedAt")
            .field("customerId", "o.customer_id", Type.ID)
            .field("deviceId", "o.device_id", Type.ID)
            .field("status", "s.code", Type.TEXT)
            .field("reference", "o.reference", Type.TEXT)
            .field("locationId", "o.location_id", Type.ID)
            .field("createdAt", "o.created_at", Type.INSTANT)
            .field("updatedAt", "o.updated_at", Type.INSTANT)
            .expansion("lines", "orders:read")
            .expansion("notes", "orders:read")
            .expansion("tasks", "orders:read")
            .expansion("customer", "customers:read")
            .expansion("device", "devices:read");

    Optional<OrderRecord> find(long id, Visibility visibility);

    /**
     * The order, if the caller may see it; otherwise the one 404 of every missing record, so an order of
     * another customer reads exactly like an id nobody uses, by itself and as the parent of a nested route.
     */
    default OrderRecord visible(long id, Visibility visibility) {
        return find(id, visibility).orElseThrow(() -> ApiException.missing(exists(id)));
    }

    /** Whether the order exists at all, whoever may see it: for the request log's refusal reason only. */
    boolean exists(long id);

    List<OrderRecord> list(ListQuery query, Visibility visibility);

    long count(ListQuery query, Visibility visibility);

    OrderRecord create(OrderDraft draft);

    OrderRecord update(long id, OrderDraft draft);

    /** Marks the order changed now: writing its lines or notes changes the order too. */
    void touch(long id);
}
