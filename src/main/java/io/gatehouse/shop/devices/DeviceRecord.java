package io.gatehouse.shop.devices;

import java.time.Instant;
import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/** A device as stored; the API shows it through a representation that applies the caller's exclusions. */
public record DeviceRecord(long id, long customerId, String serialNumber, String imei, String brand, String model,
        Instant createdAt) {

    public Map<String, Object> representation(ApiCaller caller) {
        return Representation.of("device", caller, id)
                .field("customerId", customerId)
                .field("serialNumber", serialNumber)
                .field("imei", imei)
                .field("brand", brand)
                .field("model", model)
                .field("createdAt", createdAt)
                .map();
    }
}
