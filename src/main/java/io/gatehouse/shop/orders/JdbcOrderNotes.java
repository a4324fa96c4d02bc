package io.gatehouse.shop.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.ListQuery;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcOrderNotes implements OrderNotes {

    private final TenantJdbc jdbc;
    private final Clock clock;
    private final Orders orders;
    private final OrderChildren<NoteRecord> rows;

    JdbcOrderNotes(TenantJdbc jdbc, Clock clock, Orders orders) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.orders = orders;
        this.rows = new OrderChildren<>(jdbc, "order_note", "n",
                "n.id, n.order_id, n.type, n.body, n.author, n.created_at", JdbcOrderNotes::map, NoteRecord::orderId);
    }

    @Override
    public List<NoteRecord> list(long orderId, ListQuery query) {
        return rows.list(orderId, query);
    }

    @Override
    public long count(long orderId, ListQuery query) {
        return rows.count(orderId, query);
    }

    @Override
    public Map<Long, List<NoteRecord>> forOrders(Collection<Long> orderIds) {
        return rows.forOrders(orderIds);
    }

    @Override
    @Transactional
    public NoteRecord create(long orderId, String type, String text, String author) {
        long id = TenantJdbc.insertReturningId(jdbc.sql("""
                insert into order_note (tenant_id, order_id, type, body, author, created_at)
                values (:tenant, :orderId, :type, :body, :author, :now)""")
                .param("orderId", orderId).param("type", type).param("body", text).param("author", author)
                .param("now", TenantJdbc.ts(clock.instant())));
        orders.touch(orderId);
        return rows.find(orderId, id).orElseThrow();
    }

    private static NoteRecord map(ResultSet rs, int row) throws SQLException {
        return new NoteRecord(rs.getLong("id"), rs.getLong("order_id"), rs.getString("type"), rs.getString("body"),
                rs.getString("author"), TenantJdbc.instant(rs, "created_at"));
    }
}
