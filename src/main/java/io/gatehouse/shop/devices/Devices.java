package io.gatehouse.shop.devices;

import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;
import io.gatehouse.access.Visibility;
import io.gatehouse.shop.owned.OwnedRecords;

/** The devices of the current tenant, always read through the caller's {@link Visibility} of their owner. */
public interface Devices extends OwnedRecords<DeviceRecord> {

    QuerySpec QUERY = QuerySpec.of("device", "d.id", "-createdAt")
            .field("customerId", "d.customer_id", Type.ID)
            .field("serialNumber", "d.serial_number", Type.TEXT)
            .field("imei", "d.imei", Type.TEXT)
            .field("brand", "d.brand", Type.TEXT)
            .field("model", "d.model", Type.TEXT)
            .field("createdAt", "d.created_at", Type.INSTANT);

    DeviceRecord create(DeviceDraft draft);
}
