package io.gatehouse.shop.statuses;

import java.util.List;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;

/**
 * The order statuses of the current tenant. By default in id order, which is the order of the workflow
 * (open, in progress, …, closed), the way a shop lists them.
 */
public interface Statuses {

    QuerySpec QUERY = QuerySpec.of("status", "s.id", "id")
            .field("code", "s.code", Type.TEXT)
            .field("name", "s.name", Type.TEXT)
            .field("closed", "s.closed", Type.BOOLEAN);

    Optional<StatusRecord> find(long id);

    List<StatusRecord> list(ListQuery query);

    long count(ListQuery query);
}
