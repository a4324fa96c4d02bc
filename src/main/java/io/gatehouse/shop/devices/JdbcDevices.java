package io.gatehouse.shop.devices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.Visibility;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

@Repository
class JdbcDevices implements Devices {

    private static final String COLUMNS = """
            select d.id, d.customer_id, d.serial_number, d.imei, d.brand, d.model, d.created_at
            from device d where d.tenant_id = :tenant""";

    private final TenantJdbc jdbc;
    private final Clock clock;

    JdbcDevices(TenantJdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<DeviceRecord> find(long id, Visibility visibility) {
        return jdbc.sql(COLUMNS + " and d.id = :id" + visibility.sql("d.customer_id"))
                .param("id", id).params(visibility.params())
                .query(JdbcDevices::map).optional();
    }

    @Override
    public Map<Long, DeviceRecord> findAll(Collection<Long> ids, Visibility visibility) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(COLUMNS + " and d.id in (:ids)" + visibility.sql("d.customer_id"))
                .param("ids", ids).params(visibility.params())
                .query(JdbcDevices::map).list().stream()
                .collect(Collectors.toMap(DeviceRecord::id, Function.identity()));
    }

    @Override
    public boolean exists(long id) {
        return jdbc.sql("select count(*) from device where tenant_id = :tenant and id = :id")
                .param("id", id).query(Long.class).single() > 0;
    }

    @Override
    public List<DeviceRecord> list(ListQuery query, Visibility visibility) {
        return query.page(jdbc, COLUMNS + visibility.sql("d.customer_id"), visibility.params(), JdbcDevices::map);
    }

    @Override
    public long count(ListQuery query, Visibility visibility) {
        return query.total(jdbc, COLUMNS + visibility.sql("d.customer_id"), visibility.params());
    }

    @Override
    public DeviceRecord create(DeviceDraft draft) {
        long id = TenantJdbc.insertReturningId(jdbc.sql("""
                insert into device (tenant_id, customer_id, serial_number, imei, brand, model, created_at)
                values (:tenant, :customerId, :serialNumber, :imei, :brand, :model, :now)""")
                .param("customerId", draft.customerId()).param("serialNumber", draft.serialNumber())
                .param("imei", draft.imei()).param("brand", draft.brand()).param("model", draft.model())
                .param("now", TenantJdbc.ts(clock.instant())));
        return find(id, Visibility.ALL).orElseThrow();
    }

    private static DeviceRecord map(ResultSet rs, int row) throws SQLException {
        return new DeviceRecord(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("serial_number"),
                rs.getString("imei"), rs.getString("brand"), rs.getString("model"),
                TenantJdbc.instant(rs, "created_at"));
    }
}
