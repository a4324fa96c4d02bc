package io.gatehouse.shop.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcOrderLines implements OrderLines {

    private final TenantJdbc jdbc;
    private final Orders orders;
    private final OrderChildren<OrderLineRecord> rows;

    JdbcOrderLines(TenantJdbc jdbc, Orders orders) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.rows = new OrderChildren<>(jdbc, "order_line", "l", """
                l.id, l.order_id, l.product_id, l.description, l.quantity, l.price, l.purchase_price, l.vat_rate""",
                JdbcOrderLines::map, OrderLineRecord::orderId);
    }

    @Override
    public Optional<OrderLineRecord> find(long orderId, long lineId) {
        return rows.find(orderId, lineId);
    }

    @Override
    public List<OrderLineRecord> list(long orderId, ListQuery query) {
        return rows.list(orderId, query);
    }

    @Override
    public long count(long orderId, ListQuery query) {
        return rows.count(orderId, query);
    }

    @Override
    public Map<Long, List<OrderLineRecord>> forOrders(Collection<Long> orderIds) {
        return rows.forOrders(orderIds);
    }

    @Override
    @Transactional
    public OrderLineRecord create(long orderId, OrderLineDraft draft) {
        long id = TenantJdbc.insertReturningId(jdbc.sql("""
                insert into order_line (tenant_id, order_id, product_id, description, quantity, price,
                                        purchase_price, vat_rate)
                values (:tenant, :orderId, :productId, :description, :quantity, :price, :purchasePrice, :vatRate)""")
                .params(values(draft)).param("orderId", orderId));
        orders.touch(orderId);
        return find(orderId, id).orElseThrow();
    }

    @Override
    @Transactional
    public OrderLineRecord update(long orderId, long lineId, OrderLineDraft draft) {
        jdbc.sql("""
                update order_line set product_id = :productId, description = :description, quantity = :quantity,
                       price = :price, purchase_price = :purchasePrice, vat_rate = :vatRate
                where tenant_id = :tenant and order_id = :orderId and id = :id""")
                .params(values(draft)).param("orderId", orderId).param("id", lineId).update();
        orders.touch(orderId);
        return find(orderId, lineId).orElseThrow();
    }

    private static Map<String, Object> values(OrderLineDraft draft) {
        Map<String, Object> values = new HashMap<>();
        values.put("productId", draft.productId());
        values.put("description", draft.description());
        values.put("quantity", draft.quantity());
        values.put("price", draft.price());
        values.put("purchasePrice", draft.purchasePrice());
        values.put("vatRate", draft.vatRate());
        return values;
    }

    private static OrderLineRecord map(ResultSet rs, int row) throws SQLException {
        return new OrderLineRecord(rs.getLong("id"), rs.getLong("order_id"), TenantJdbc.nullableLong(rs, "product_id"),
                rs.getString("description"), rs.getInt("quantity"), rs.getBigDecimal("price"),
                rs.getBigDecimal("purchase_price"), rs.getBigDecimal("vat_rate"));
    }
}
