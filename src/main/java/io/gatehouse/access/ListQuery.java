package io.gatehouse.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.jdbc.core.RowMapper;
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

    /** Where a select list ends; no select list of ours holds a subquery. */
    private static final Pattern FROM = Pattern.compile("\\sfrom\\s");

    public ListQuery {
        params = Map.copyOf(params);
        expand = Set.copyOf(expand);
    }

    public boolean expands(String name) {
        return expand.contains(name);
    }

    /**
     * One page of records. {@code select} is the repository's query up to the caller's filters: {@code select …
     * from … where x.tenant_id = :tenant}, with any conditions of its own (visibility, parent), which
     * {@code params} binds.
     */
    public <T> List<T> page(TenantJdbc jdbc, String select, Map<String, ?> params, RowMapper<T> mapper) {
        return bind(jdbc.sql(select + where + " order by " + orderBy + " limit :limit offset :offset")
                .params(params)).query(mapper).list();
    }

    /** How many records match in all, for the same {@code select} as {@link #page}: its select list is counted. */
    public long total(TenantJdbc jdbc, String select, Map<String, ?> params) {
        Matcher from = FROM.matcher(select);
        if (!select.startsWith("select ") || !from.find()) {
            throw new IllegalArgumentException("Not a select … from … query: " + select);
        }
        return bindFilters(jdbc.sql("select count(*)" + select.substring(from.start()) + where).params(params))
                .query(Long.class).single();
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
