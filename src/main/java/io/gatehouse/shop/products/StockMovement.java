package io.gatehouse.shop.products;

/**
 * A change of a product's stock, validated: delivered (positive) or taken out (negative).
 *
 * @param quantityDelta never zero
 */
public record StockMovement(int quantityDelta, String reason) {
}
