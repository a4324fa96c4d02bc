package io.gatehouse.shop.orders;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import io.gatehouse.access.ListQuery;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.jdbc.core.RowMapper;

/**
 * The rows of one table hanging off an order (lines, notes, tasks). They have no owner of their own: the
 * caller reaches them only through an order it was allowed to see, so every read here is by order id.
 */
final class OrderChildren<T> {

    private final TenantJdbc jdbc;
    private final String from;
    private final String alias;
    private final String columns;
    private final RowMapper<T> mapper;
    private final ToLongFunction<T> orderId;

    /**
     * @param table   e.g. {@code order_line}
     * @param alias   the alias the columns and the query spec use, e.g. {@code l}
     * @param columns the select list, e.g. {@code l.id, l.order_id, …}
     */
    OrderChildren(TenantJdbc jdbc, String table, String alias, String columns, RowMapper<T> mapper,
            ToLongFunction<T> orderId) {
        this.jdbc = jdbc;
        this.from = " from " + table + " " + alias + " where " + alias + ".tenant_id = :tenant";
        this.alias = alias;
        this.columns = columns;
        this.mapper = mapper;
        this.orderId = orderId;
    }

    /** One page of one order's rows. */
    List<T> list(long order, ListQuery query) {
        return query.page(jdbc, ofOrder(), Map.of("orderId", order), mapper);
    }

    long count(long order, ListQuery query) {
        return query.total(jdbc, ofOrder(), Map.of("orderId", order));
    }

    private String ofOrder() {
        return "select " + columns + from + " and " + alias + ".order_id = :orderId";
    }

    /** One row by id, only under the given order: a row of another order is not found. */
    Optional<T> find(long order, long id) {
        return jdbc.sql("select " + columns + from + " and " + alias + ".order_id = :orderId and " + alias
                        + ".id = :id")
                .param("orderId", order).param("id", id)
                .query(mapper).optional();
    }

    /** Every row of a page of orders, by order id, in one query rather than one per order. */
    Map<Long, List<T>> forOrders(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + columns + from + " and " + alias + ".order_id in (:orderIds) order by " + alias
                        + ".id")
                .param("orderIds", orderIds)
                .query(mapper).list().stream()
                .collect(Collectors.groupingBy(orderId::applyAsLong, LinkedHashMap::new, Collectors.toList()));
    }
}
