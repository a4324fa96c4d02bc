package io.gatehouse.console;

import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.support.DemoUsers;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TestTenants;

/**
 * A fresh shop with an admin and a staff user who log in with the tests' password, and the default settings
 * (API on, 1 hour, 30 days): tests that turn the API off never touch the demo tenants other tests call.
 */
record SettingsShop(Tenant tenant, ConsoleUser admin, ConsoleUser staff) {

    static SettingsShop create(TenantDirectory tenants, UserDirectory users) {
        Tenant tenant = TestTenants.create(tenants, "settings");
        return TenantContext.callAs(tenant, () -> new SettingsShop(tenant,
                users.create("admin", "Shop Admin", null, DemoUsers.PASSWORD, Role.ADMIN),
                users.create("staff", "Shop Staff", null, DemoUsers.PASSWORD, Role.STAFF)));
    }

    String id() {
        return tenant.id();
    }

    void turnApi(TenantDirectory tenants, boolean enabled) {
        TenantContext.runAs(tenant,
                () -> tenants.updateSettings(enabled, tenant.accessTokenTtl(), tenant.logRetentionDays()));
    }
}
