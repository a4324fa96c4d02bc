package io.gatehouse.shop.orders;

import java.math.BigDecimal;
import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/** One line of an order: a part or labour, with what the customer pays and what the shop paid. */
public record OrderLineRecord(long id, long orderId, Long productId, String description, int quantity,
        BigDecimal price, BigDecimal purchasePrice, BigDecimal vatRate) {

    public Map<String, Object> representation(ApiCaller caller) {
        return Representation.of("orderLine", caller, id)
                .field("productId", productId)
                .field("description", description)
                .field("quantity", quantity)
                .field("price", price)
                .field("purchasePrice", purchasePrice)
                .field("vatRate", vatRate)
                .map();
    }
}
