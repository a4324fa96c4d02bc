package io.gatehouse.clients;

import java.util.function.Supplier;

import io.gatehouse.support.ClientFixtures;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.TestTenants;

/**
 * Two fresh tenants with client owners. A: admin 1, staff 2, deactivated staff 3, customer 1 with child 2.
 * B: admin 7 and customer 7, ids that A must treat as unknown.
 */
record Owners(Tenant a, Tenant b) {

    static final long DEACTIVATED_USER_ID = 3;
    static final long OTHER_TENANTS_ID = 7;

    static Owners create(TenantDirectory tenants, TenantJdbc jdbc, String prefix) {
        Owners owners = new Owners(TestTenants.create(tenants, prefix + "-a"), TestTenants.create(tenants, prefix + "-b"));
        TenantContext.runAs(owners.a(), () -> {
            user(jdbc, ClientFixtures.ADMIN_USER_ID, "admin", "ADMIN", true);
            user(jdbc, ClientFixtures.STAFF_USER_ID, "staff", "STAFF", true);
            user(jdbc, DEACTIVATED_USER_ID, "former", "STAFF", false);
            customer(jdbc, ClientFixtures.PARENT_CUSTOMER_ID, null);
            customer(jdbc, 2, ClientFixtures.PARENT_CUSTOMER_ID);
        });
        TenantContext.runAs(owners.b(), () -> {
            user(jdbc, OTHER_TENANTS_ID, "admin", "ADMIN", true);
            customer(jdbc, OTHER_TENANTS_ID, null);
        });
        return owners;
    }

    <T> T inA(Supplier<T> work) {
        return TenantContext.callAs(a, work);
    }

    <T> T inB(Supplier<T> work) {
        return TenantContext.callAs(b, work);
    }

    private static void user(TenantJdbc jdbc, long id, String username, String role, boolean active) {
        jdbc.sql("""
                insert into console_user (tenant_id, id, username, display_name, password_hash, role, active, created_at)
                values (:tenant, :id, :username, :username, 'not-a-login', :role, :active, current_timestamp)""")
                .param("id", id).param("username", username).param("role", role).param("active", active)
                .update();
    }

    private static void customer(TenantJdbc jdbc, long id, Long parentId) {
        jdbc.sql("""
                insert into customer (tenant_id, id, parent_id, name, created_at, updated_at)
                values (:tenant, :id, :parent, :name, current_timestamp, current_timestamp)""")
                .param("id", id).param("parent", parentId).param("name", "Customer " + id)
                .update();
    }
}
