package io.gatehouse.shop.customers;

import java.time.Instant;
import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/** A customer as stored; the API shows it through a representation that applies the caller's exclusions. */
public record CustomerRecord(long id, Long parentId, String name, String email, String phone, String businessId,
        String billingAddress, String shippingAddress, Instant createdAt, Instant updatedAt) {

    /** What the caller sees of this customer: every field, less those excluded for it. */
    public Map<String, Object> representation(ApiCaller caller) {
        return Representation.of("customer", caller, id)
                .field("parentId", parentId)
                .field("name", name)
                .field("email", email)
                .field("phone", phone)
                .field("businessId", businessId)
                .field("billingAddress", billingAddress)
                .field("shippingAddress", shippingAddress)
                .field("createdAt", createdAt)
                .field("updatedAt", updatedAt)
                .map();
    }
}
