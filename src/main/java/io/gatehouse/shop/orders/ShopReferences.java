package io.gatehouse.shop.orders;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The shop's reference data an order write must name correctly: statuses, locations and products. These
 * are not owned by a customer, so any caller may name any of them.
 */
public interface ShopReferences {

    boolean statusExists(String code);

    boolean locationExists(long id);

    Optional<Product> product(long id);

    /** What a new order line takes from its product when the body leaves it out. */
    record Product(long id, String name, BigDecimal purchasePrice) {
    }
}
