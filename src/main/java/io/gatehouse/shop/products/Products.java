package io.gatehouse.shop.products;

import java.util.List;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;

/**
 * The products (stock) of the current tenant. Products belong to the shop, not to a customer, so every
 * client holding the scope reads all of them; what it sees of each is bounded by its excluded fields.
 */
public interface Products {

    QuerySpec QUERY = QuerySpec.of("product", "p.id", "name")
            .field("sku", "p.sku", Type.TEXT)
            .field("name", "p.name", Type.TEXT)
            .field("price", "p.price", Type.DECIMAL)
            .field("purchasePrice", "p.purchase_price", Type.DECIMAL)
            .field("stockQuantity", "p.stock_quantity", Type.INTEGER)
            .field("locationId", "p.location_id", Type.ID)
            .field("updatedAt", "p.updated_at", Type.INSTANT);

    Optional<ProductRecord> find(long id);

    List<ProductRecord> list(ListQuery query);

    long count(ListQuery query);

    /**
     * Records a stock movement and applies it to the product's stock in one transaction.
     *
     * @return the product after the movement, or empty when there is no such product (nothing is written)
     */
    Optional<ProductRecord> move(long productId, StockMovement movement);
}
