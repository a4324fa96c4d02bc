package io.gatehouse.shop.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.Visibility;
import io.gatehouse.shop.owned.JdbcOwnedRecords;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

@Repository
class JdbcCustomers extends JdbcOwnedRecords<CustomerRecord> implements Customers {

    private static final String COLUMNS = """
            select c.id, c.parent_id, c.name, c.email, c.phone, c.business_id, c.billing_address, c.shipping_address,
                   c.created_at, c.updated_at
            from customer c where c.tenant_id = :tenant""";
    private static final String CHILD_OF = " and c.parent_id = :parentId";

    private final Clock clock;
    private final CustomerTrees trees;

    /** A customer is the owner of its own record: the caller sees it when it may see that customer's records. */
    JdbcCustomers(TenantJdbc jdbc, Clock clock, CustomerTrees trees) {
        super(jdbc, COLUMNS, "customer", "c.id", "c.id", JdbcCustomers::map, CustomerRecord::id);
        this.clock = clock;
        this.trees = trees;
    }

    @Override
    public List<CustomerRecord> children(ListQuery query, Visibility visibility, long parentId) {
        return query.page(jdbc, COLUMNS + CHILD_OF + visibility.sql("c.id"), params(visibility, parentId),
                JdbcCustomers::map);
    }

    @Override
    public long countChildren(ListQuery query, Visibility visibility, long parentId) {
        return query.total(jdbc, COLUMNS + CHILD_OF + visibility.sql("c.id"), params(visibility, parentId));
    }

    private static Map<String, Object> params(Visibility visibility, long parentId) {
        Map<String, Object> params = new HashMap<>(visibility.params());
        params.put("parentId", parentId);
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
        trees.changed();
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
        trees.changed();
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
