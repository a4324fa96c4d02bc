package io.gatehouse.shop.statuses;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStatuses implements Statuses {

    private static final String COLUMNS = "select s.id, s.code, s.name, s.closed from order_status s"
            + " where s.tenant_id = :tenant";
    private static final RowMapper<StatusRecord> MAP = (rs, row) -> new StatusRecord(rs.getLong("id"),
            rs.getString("code"), rs.getString("name"), rs.getBoolean("closed"));

    private final TenantJdbc jdbc;

    JdbcStatuses(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StatusRecord> find(long id) {
        return jdbc.sql(COLUMNS + " and s.id = :id").param("id", id).query(MAP).optional();
    }

    @Override
    public List<StatusRecord> list(ListQuery query) {
        return query.page(jdbc, COLUMNS, Map.of(), MAP);
    }

    @Override
    public long count(ListQuery query) {
        return query.total(jdbc, COLUMNS, Map.of());
    }
}
