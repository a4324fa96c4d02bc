package io.gatehouse.shop.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.ListQuery;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

@Repository
class JdbcOrderTasks implements OrderTasks {

    private final OrderChildren<TaskRecord> rows;

    JdbcOrderTasks(TenantJdbc jdbc) {
        this.rows = new OrderChildren<>(jdbc, "order_task", "t",
                "t.id, t.order_id, t.title, t.done, t.due_at, t.created_at", JdbcOrderTasks::map, TaskRecord::orderId);
    }

    @Override
    public List<TaskRecord> list(long orderId, ListQuery query) {
        return rows.list(orderId, query);
    }

    @Override
    public long count(long orderId, ListQuery query) {
        return rows.count(orderId, query);
    }

    @Override
    public Map<Long, List<TaskRecord>> forOrders(Collection<Long> orderIds) {
        return rows.forOrders(orderIds);
    }

    private static TaskRecord map(ResultSet rs, int row) throws SQLException {
        return new TaskRecord(rs.getLong("id"), rs.getLong("order_id"), rs.getString("title"), rs.getBoolean("done"),
                TenantJdbc.instant(rs, "due_at"), TenantJdbc.instant(rs, "created_at"));
    }
}
