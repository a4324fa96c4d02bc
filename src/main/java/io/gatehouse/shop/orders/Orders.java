package io.gatehouse.shop.orders;

import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;
import io.gatehouse.access.Visibility;
import io.gatehouse.shop.owned.OwnedRecords;

/** The repair orders of the current tenant, always read through the caller's {@link Visibility} of their customer. */
public interface Orders extends OwnedRecords<OrderRecord> {

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
            .expansion("customer", "customers:read", "customerId")
            .expansion("device", "devices:read", "deviceId");

    OrderRecord create(OrderDraft draft);

    OrderRecord update(long id, OrderDraft draft);

    /** Marks the order changed now: writing its lines or notes changes the order too. */
    void touch(long id);
}
