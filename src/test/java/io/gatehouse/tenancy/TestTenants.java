package io.gatehouse.tenancy;

import java.util.Locale;
import java.util.UUID;

/**
 * Fresh tenants for tests that write: each test gets tenants no other test touches, so tests stay
 * independent of each other and of the demo data, on H2 and on a PostgreSQL database kept across runs.
 */
public final class TestTenants {

    private TestTenants() {
    }

    public static Tenant create(TenantDirectory tenants, String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        return tenants.create(id, "Test shop " + id);
    }
}
