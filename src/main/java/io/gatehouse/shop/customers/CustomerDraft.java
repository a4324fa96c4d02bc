package io.gatehouse.shop.customers;

/** The writable fields of a customer, validated, for a create or an update. */
public record CustomerDraft(Long parentId, String name, String email, String phone, String businessId,
        String billingAddress, String shippingAddress) {
}
