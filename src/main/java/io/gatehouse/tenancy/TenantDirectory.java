package io.gatehouse.tenancy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Finds and manages tenants. The only access to the tenant table. */
public interface TenantDirectory {

    Optional<Tenant> find(String id);

    /** Every tenant, by id: for background work that runs per tenant (the request-log retention). */
    List<Tenant> all();

    Tenant create(String id, String name);

    /** Changes the account-wide API settings of the current tenant, and of no other. */
    Tenant updateSettings(boolean apiEnabled, Duration accessTokenTtl, int logRetentionDays);
}
