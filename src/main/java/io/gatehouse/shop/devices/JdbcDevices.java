package io.gatehouse.shop.devices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

import io.gatehouse.access.Visibility;
import io.gatehouse.shop.owned.JdbcOwnedRecords;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

@Repository
class JdbcDevices extends JdbcOwnedRecords<DeviceRecord> implements Devices {

    private static final String COLUMNS = """
            select d.id, d.customer_id, d.serial_number, d.imei, d.brand, d.model, d.created_at
            from device d where d.tenant_id = :tenant""";

    private final Clock clock;

    JdbcDevices(TenantJdbc jdbc, Clock clock) {
        super(jdbc, COLUMNS, "device", "d.id", "d.customer_id", JdbcDevices::map, DeviceRecord::id);
        this.clock = clock;
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
