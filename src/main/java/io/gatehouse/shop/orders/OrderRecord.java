package io.gatehouse.shop.orders;

import java.time.Instant;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/**
 * A repair order as stored, its status as the status code.
 *
 * @param deviceId   null when the order has no device
 * @param locationId the internal location, or null
 */
public record OrderRecord(long id, long customerId, Long deviceId, String status, String reference, Long locationId,
        Instant createdAt, Instant updatedAt) {

    /** What the caller sees of this order, still open for the expansions it asked for. */
    public Representation representation(ApiCaller caller) {
        return Representation.of("order", caller, id)
                .field("customerId", customerId)
                .field("deviceId", deviceId)
                .field("status", status)
                .field("reference", reference)
                .field("locationId", locationId)
                .field("createdAt", createdAt)
                .field("updatedAt", updatedAt);
    }
}
