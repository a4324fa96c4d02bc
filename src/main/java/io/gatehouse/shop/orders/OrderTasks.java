package io.gatehouse.shop.orders;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;

/** The tasks of orders, read-only in the API; callers reach them only through an order the caller may see. */
public interface OrderTasks {

    QuerySpec QUERY = QuerySpec.of("task", "t.id", "createdAt")
            .field("title", "t.title", Type.TEXT)
            .field("done", "t.done", Type.BOOLEAN)
            .field("dueAt", "t.due_at", Type.INSTANT)
            .field("createdAt", "t.created_at", Type.INSTANT);

    List<TaskRecord> list(long orderId, ListQuery query);

    long count(long orderId, ListQuery query);

    Map<Long, List<TaskRecord>> forOrders(Collection<Long> orderIds);
}
