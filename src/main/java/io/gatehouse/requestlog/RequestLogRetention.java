package io.gatehouse.requestlog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes each tenant's log entries older than its retention setting, in chunks. Every node runs it; the deletes
 * are idempotent, so two nodes running at once only share the work.
 */
@Component
class RequestLogRetention {

    private static final Logger log = LoggerFactory.getLogger(RequestLogRetention.class);

    private final RequestLogStore store;
    private final TenantDirectory tenants;
    private final RequestLogProperties properties;
    private final Clock clock;

    RequestLogRetention(RequestLogStore store, TenantDirectory tenants, RequestLogProperties properties,
            Clock clock) {
        this.store = store;
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${gatehouse.request-log.retention-interval:PT1H}")
    void scheduled() {
        if (!properties.retentionEnabled()) {
            return;
        }
        try {
            purgeExpired();
        }
        catch (RuntimeException ex) {
            log.warn("Request-log retention did not finish; it runs again in {}: {}",
                    properties.retentionInterval(), ex.getMessage());
        }
    }

    /** Purges every tenant; answers the number of entries deleted. */
    long purgeExpired() {
        long deleted = 0;
        for (Tenant tenant : tenants.all()) {
            deleted += purge(tenant);
        }
        return deleted;
    }

    /** Deletes the tenant's entries older than its retention, chunk by chunk; answers how many. */
    long purge(Tenant tenant) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(tenant.logRetentionDays()));
        int chunk = properties.retentionChunk();
        return TenantContext.callAs(tenant, () -> {
            long deleted = 0;
            int last;
            do {
                last = store.purgeBefore(cutoff, chunk);
                deleted += last;
            }
            while (last == chunk);
            store.purgeMinutesBefore(cutoff);
            if (deleted > 0) {
                log.info("Request-log retention: deleted {} entries of tenant {} older than {} days", deleted,
                        tenant.id(), tenant.logRetentionDays());
            }
            return deleted;
        });
    }
}
