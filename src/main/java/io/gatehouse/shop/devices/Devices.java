package io.gatehouse.shop.devices;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;
import io.gatehouse.access.Visibility;

/** The devices of the current tenant, always read through the caller's {@link Visibility} of their owner. */
public interface Devices {

    QuerySpec QUERY = QuerySpec.of("device", "d.id", "-createdAt")
            .field("customerId", "d.customer_id", Type.ID)
            .field("serialNumber", "d.serial_number", Type.TEXT)
            .field("imei", "d.imei", Type.TEXT)
            .field("brand", "d.brand", Type.TEXT)
            .field("model", "d.model", Type.TEXT)
            .field("createdAt", "d.created_at", Type.INSTANT);

    Optional<DeviceRecord> find(long id, Visibility visibility);

    /** The visible devices among these ids, by id, in one query: for embedding in a page of orders. */
    Map<Long, DeviceRecord> findAll(Collection<Long> ids, Visibility visibility);

    /** Whether the device exists at all, whoever may see it: for the request log's refusal reason only. */
    boolean exists(long id);

    List<DeviceRecord> list(ListQuery query, Visibility visibility);

    long count(ListQuery query, Visibility visibility);

    DeviceRecord create(DeviceDraft draft);
}
