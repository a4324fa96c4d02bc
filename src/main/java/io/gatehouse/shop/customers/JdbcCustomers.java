package io.gatehouse.shop.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.Visibility;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

@Repository
class JdbcCustomers implements Customers {

    private static final String COLUMNS = """
            select c.id, c.parent_id, c.name, c.email, c.phone, c.business_id, c.billing_address, c.shipping_address,
                   c.created_at, c.updated_at
            from customer c where c.tenant_id = :tenant""";

    private final TenantJdbc jdbc;
    private final Clock clock;

    JdbcCustomers(TenantJdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<CustomerRecord> find(long id, Visibility visibility) {
        return jdbc.sql(COLUMNS + " and c.id = :id" + visibility.sql("c.id"))
                .param("id", id).params(visibility.params())
                .query(JdbcCustomers::map).optional();
    }

    @Override
    public boolean exists(long id) {
        return jdbc.sql("select count(*) from customer where tenant_id = :tenant and id = :id")
                .param("id", id).query(Long.class).single() > 0;
    }

    @Override
    public List<CustomerRecord> list(ListQuery query, Visibility visibility, Long parentId) {
        return query.page(jdbc, select(visibility, parentId), params(visibility, parentId), JdbcCustomers::map);
    }

    @Override
    public long count(ListQuery query, Visibility visibility, Long parentId) {
        return query.total(jdbc, select(visibility, parentId), params(visibility, parentId));
    }

    private static String select(Visibility visibility, Long parentId) {
        return COLUMNS + (parentId == null ? "" : " and c.parent_id = :parentId") + visibility.sql("c.id");
    }

    private static Map<String, Object> params(Visibility visibility, Long parentId) {
        Map<String, Object> params = new HashMap<>(visibility.params());
        if (parentId != null) {
            params.put("parentId", parentId);
        }
        return params;
    }

    @Override
    public CustomerRecord create(CustomerDraft draft) {
        Instant now = clock.instant();
        long id = TenantJdbc.insertReturningId(jdbc.sql("""
                insert into customer (tenant_id, parent_id, name, email, phone, business_id, billing_address,
                                      shipping_address, created_at, updated_at)
                values (:tenant, :parentId, :name, :email, :phone, :businessId, :billing, :shipping, :now, :now)""")
                .params(values(draft)).param("now", TenantJdbc.ts(now)));
        return find(id, Visibility.ALL).orElseThrow();
    }

    @Override
    public CustomerRecord update(long id, CustomerDraft draft) {
        jdbc.sql("""
                update customer set parent_id = :parentId, name = :name, email = :email, phone = :phone,
                       business_id = :businessId, billing_address = :billing, shipping_address = :shipping,
                       updated_at = :now
                where tenant_id = :tenant and id = :id""")
                .params(values(draft)).param("now", TenantJdbc.ts(clock.instant())).param("id", id).update();
        return find(id, Visibility.ALL).orElseThrow();
    }

    private static Map<String, Object> values(CustomerDraft draft) {
        Map<String, Object> values = new HashMap<>();
        values.put("parentId", draft.parentId());
        values.put("name", draft.name());
        values.put("email", draft.email());
        values.put("phone", draft.phone());
        values.put("businessId", draft.businessId());
        values.put("billing", draft.billingAddress());
        values.put("shipping", draft.shippingAddress());
        return values;
    }

    private static CustomerRecord map(ResultSet rs, int row) throws SQLException {
        return new CustomerRecord(rs.getLong("id"), TenantJdbc.nullableLong(rs, "parent_id"), rs.getString("name"),
                rs.getString("email"), rs.getString("phone"), rs.getString("business_id"),
                rs.getString("billing_address"), rs.getString("shipping_address"), TenantJdbc.instant(rs, "created_at"),
                TenantJdbc.instant(rs, "updated_at"));
    }
}
