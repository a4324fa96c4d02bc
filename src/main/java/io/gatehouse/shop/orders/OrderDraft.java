package io.gatehouse.shop.orders;

/** The writable fields of an order, validated, for a create or an update. */
public record OrderDraft(long customerId, Long deviceId, String status, String reference, Long locationId) {
}
