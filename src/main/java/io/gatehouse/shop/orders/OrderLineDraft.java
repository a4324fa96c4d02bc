package io.gatehouse.shop.orders;

import java.math.BigDecimal;

/** The writable fields of an order line, validated, for a create or an update. */
public record OrderLineDraft(Long productId, String description, int quantity, BigDecimal price,
        BigDecimal purchasePrice, BigDecimal vatRate) {
}
