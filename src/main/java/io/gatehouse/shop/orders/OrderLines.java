package io.gatehouse.shop.orders;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;

/** The lines of orders; callers reach them only through an order the caller may see. */
public interface OrderLines {

    QuerySpec QUERY = QuerySpec.of("orderLine", "l.id", "id")
            .field("productId", "l.product_id", Type.ID)
            .field("description", "l.description", Type.TEXT)
            .field("quantity", "l.quantity", Type.INTEGER)
            .field("price", "l.price", Type.DECIMAL)
            .field("purchasePrice", "l.purchase_price", Type.DECIMAL)
            .field("vatRate", "l.vat_rate", Type.DECIMAL);

    /** The line, only if it belongs to this order. */
    Optional<OrderLineRecord> find(long orderId, long lineId);

    List<OrderLineRecord> list(long orderId, ListQuery query);

    long count(long orderId, ListQuery query);

    Map<Long, List<OrderLineRecord>> forOrders(Collection<Long> orderIds);

    /** Adds the line and marks the order changed. */
    OrderLineRecord create(long orderId, OrderLineDraft draft);

    /** Rewrites the line and marks the order changed. */
    OrderLineRecord update(long orderId, long lineId, OrderLineDraft draft);
}
