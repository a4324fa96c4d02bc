package io.gatehouse.shop.owned;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.Visibility;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.jdbc.core.RowMapper;

/** The reads of {@link OwnedRecords}, the same for every customer-owned table; subclasses add their writes. */
public abstract class JdbcOwnedRecords<T> implements OwnedRecords<T> {

    protected final TenantJdbc jdbc;
    private final String select;
    private final String table;
    private final String idColumn;
    private final String ownerColumn;
    private final RowMapper<T> mapper;
    private final ToLongFunction<T> id;

    /**
     * @param select      {@code select … from <table> x … where x.tenant_id = :tenant}
     * @param idColumn    the id as the select names it, e.g. {@code d.id}
     * @param ownerColumn the owning customer's id as the select names it, e.g. {@code d.customer_id}
     */
    protected JdbcOwnedRecords(TenantJdbc jdbc, String select, String table, String idColumn, String ownerColumn,
            RowMapper<T> mapper, ToLongFunction<T> id) {
        this.jdbc = jdbc;
        this.select = select;
        this.table = table;
        this.idColumn = idColumn;
        this.ownerColumn = ownerColumn;
        this.mapper = mapper;
        this.id = id;
    }

    @Override
    public Optional<T> find(long id, Visibility visibility) {
        return jdbc.sql(select + " and " + idColumn + " = :id" + visibility.sql(ownerColumn))
                .param("id", id).params(visibility.params())
                .query(mapper).optional();
    }

    @Override
    public Map<Long, T> findAll(Collection<Long> ids, Visibility visibility) {
        Map<Long, T> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(select + " and " + idColumn + " in (:ids)" + visibility.sql(ownerColumn))
                    .param("ids", ids).params(visibility.params())
                    .query(mapper).list().forEach(row -> found.put(id.applyAsLong(row), row));
        }
        return found;
    }

    @Override
    public boolean exists(long id) {
        return jdbc.sql("select count(*) from " + table + " where tenant_id = :tenant and id = :id")
                .param("id", id).query(Long.class).single() > 0;
    }

    @Override
    public List<T> list(ListQuery query, Visibility visibility) {
        return query.page(jdbc, select + visibility.sql(ownerColumn), visibility.params(), mapper);
    }

    @Override
    public long count(ListQuery query, Visibility visibility) {
        return query.total(jdbc, select + visibility.sql(ownerColumn), visibility.params());
    }
}
