package io.gatehouse.shop.locations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLocations implements Locations {

    private static final String COLUMNS = "select l.id, l.name, l.address from location l where l.tenant_id = :tenant";
    private static final RowMapper<LocationRecord> MAP = (rs, row) -> new LocationRecord(rs.getLong("id"),
            rs.getString("name"), rs.getString("address"));

    private final TenantJdbc jdbc;

    JdbcLocations(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocationRecord> find(long id) {
        return jdbc.sql(COLUMNS + " and l.id = :id").param("id", id).query(MAP).optional();
    }

    @Override
    public List<LocationRecord> list(ListQuery query) {
        return query.page(jdbc, COLUMNS, Map.of(), MAP);
    }

    @Override
    public long count(ListQuery query) {
        return query.total(jdbc, COLUMNS, Map.of());
    }
}
