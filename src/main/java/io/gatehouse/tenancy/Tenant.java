package io.gatehouse.tenancy;

import java.time.Duration;

/**
 * A repair shop: everything in Gatehouse belongs to exactly one. Its id is the first label of the host
 * it is reached at ({@code acme} for {@code acme.localhost}).
 */
public record Tenant(String id, String name, boolean apiEnabled, Duration accessTokenTtl, int logRetentionDays) {

    public Tenant {
        if (!TenantIds.isValid(id)) {
            throw new IllegalArgumentException("Invalid tenant id: " + id);
        }
    }
}
