package io.gatehouse.tenancy;

import java.time.Duration;
import java.util.Optional;

/** Finds and manages tenants. The only access to the tenant table. */
public interface TenantDirectory {

    Optional<Tenant> find(String id);

    Tenant create(String id, String name);

    /** Account-wide API settings of the current tenant. */
    Tenant updateSettings(String id, boolean apiEnabled, Duration accessTokenTtl, int logRetentionDays);
}
