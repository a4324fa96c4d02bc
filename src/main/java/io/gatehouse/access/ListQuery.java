package io.gatehouse.access;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A parsed, validated collection request: the page, the SQL conditions and order of the filters and sort
 * the caller may use, and the expansions it asked for. Built by {@link ApiQuery#list}.
 *
 * @param where   conditions to append to a {@code where} clause, each starting with {@code and}
 * @param orderBy an {@code order by} list, always ending with the id so pages are stable
 */
public record ListQuery(int limit, int offset, String where, Map<String, Object> params, String orderBy,
        Set<String> expand) {

    public ListQuery {
        params = Map.copyOf(params);
        expand = Set.copyOf(expand);
    }

    public boolean expands(String name) {
        return expand.contains(name);
    }

    /** Binds the filter values and the page to a statement built with {@link #where()} and {@code :limit :offset}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.params(params).param("limit", limit).param("offset", offset);
    }

    /** Binds only the filter values, for the count of all matching records. */
    public JdbcClient.StatementSpec bindFilters(JdbcClient.StatementSpec statement) {
        return statement.params(params);
    }
}
