package io.gatehouse.shop.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.gatehouse.access.Visibility;
import io.gatehouse.shop.owned.JdbcOwnedRecords;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

@Repository
class JdbcOrders extends JdbcOwnedRecords<OrderRecord> implements Orders {

    private static final String FROM = """
            from repair_order o
            join order_status s on s.tenant_id = o.tenant_id and s.id = o.status_id
            where o.tenant_id = :tenant""";
    private static final String COLUMNS = """
            select o.id, o.customer_id, o.device_id, s.code as status, o.reference, o.location_id, o.created_at,
                   o.updated_at
            """ + FROM;
    private static final String STATUS_ID =
            "(select id from order_status where tenant_id = :tenant and code = :status)";

    private final Clock clock;

    JdbcOrders(TenantJdbc jdbc, Clock clock) {
        super(jdbc, COLUMNS, "repair_order", "o.id", "o.customer_id", JdbcOrders::map, OrderRecord::id);
        this.clock = clock;
    }

    @Override
    public OrderRecord create(OrderDraft draft) {
        long id = TenantJdbc.insertReturningId(jdbc.sql("""
                insert into repair_order (tenant_id, customer_id, device_id, status_id, location_id, reference,
                                          created_at, updated_at)
                values (:tenant, :customerId, :deviceId, %s, :locationId, :reference, :now, :now)"""
                .formatted(STATUS_ID))
                .params(values(draft)).param("now", TenantJdbc.ts(clock.instant())));
        return find(id, Visibility.ALL).orElseThrow();
    }

    @Override
    public OrderRecord update(long id, OrderDraft draft) {
        jdbc.sql("""
                update repair_order set customer_id = :customerId, device_id = :deviceId, status_id = %s,
                       location_id = :locationId, reference = :reference, updated_at = :now
                where tenant_id = :tenant and id = :id""".formatted(STATUS_ID))
                .params(values(draft)).param("now", TenantJdbc.ts(clock.instant())).param("id", id).update();
        return find(id, Visibility.ALL).orElseThrow();
    }

    @Override
    public void touch(long id) {
        jdbc.sql("update repair_order set updated_at = :now where tenant_id = :tenant and id = :id")
                .param("now", TenantJdbc.ts(clock.instant())).param("id", id).update();
    }

    private static Map<String, Object> values(OrderDraft draft) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerId", draft.customerId());
        values.put("deviceId", draft.deviceId());
        values.put("status", draft.status());
        values.put("locationId", draft.locationId());
        values.put("reference", draft.reference());
        return values;
    }

    private static OrderRecord map(ResultSet rs, int row) throws SQLException {
        return new OrderRecord(rs.getLong("id"), rs.getLong("customer_id"), TenantJdbc.nullableLong(rs, "device_id"),
                rs.getString("status"), rs.getString("reference"), TenantJdbc.nullableLong(rs, "location_id"),
                TenantJdbc.instant(rs, "created_at"), TenantJdbc.instant(rs, "updated_at"));
    }
}
