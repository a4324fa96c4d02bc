package io.gatehouse.tenancy;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh tenants for tests that write: each test gets tenants no other test touches, so tests stay
 * independent of each other and of the demo data, on H2 and on a PostgreSQL database kept across runs.
 * For tests that only bind a tenant to the thread, two tenants as values, stored nowhere.
 */
public final class TestTenants {

    public static final Tenant ACME = new Tenant("acme", "Acme", true, Duration.ofHours(1), 30);
    public static final Tenant GLOBEX = new Tenant("globex", "Globex", true, Duration.ofHours(1), 30);

    private TestTenants() {
    }

    public static Tenant create(TenantDirectory tenants, String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        return tenants.create(id, "Test shop " + id);
    }
}
