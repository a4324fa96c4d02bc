package io.gatehouse.shop.products;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/** A product as stored, with its current stock level. */
public record ProductRecord(long id, String sku, String name, BigDecimal price, BigDecimal purchasePrice,
        int stockQuantity, Long locationId, Instant updatedAt) {

    /** What the caller sees of this product: every field, less those excluded for it. */
    public Map<String, Object> representation(ApiCaller caller) {
        return Representation.of("product", caller, id)
                .field("sku", sku)
                .field("name", name)
                .field("price", price)
                .field("purchasePrice", purchasePrice)
                .field("stockQuantity", stockQuantity)
                .field("locationId", locationId)
                .field("updatedAt", updatedAt)
                .map();
    }
}
