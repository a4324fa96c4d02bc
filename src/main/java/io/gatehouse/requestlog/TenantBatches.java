package io.gatehouse.requestlog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Writes a batch that may hold entries of several tenants: one insert batch per tenant, each under that tenant
 * (the store stamps the tenant from the thread, never from the entry). Any failure but a refused row is
 * thrown, so the caller keeps the entries and retries; entries already stored are skipped on the retry.
 */
final class TenantBatches {

    private static final Logger log = LoggerFactory.getLogger(TenantBatches.class);

    private final RequestLogStore store;
    private final Function<String, Optional<Tenant>> tenants;
    private final RequestLogMetrics metrics;

    TenantBatches(RequestLogStore store, Function<String, Optional<Tenant>> tenants, RequestLogMetrics metrics) {
        this.store = store;
        this.tenants = tenants;
        this.metrics = metrics;
    }

    /** Entries that may have been stored before (replayed from a spill file): those are skipped. */
    void write(List<RequestLogEntry> batch) {
        write(batch, false);
    }

    /** Entries taken from the in-memory queue for the first time: none can be stored yet. */
    void writeFresh(List<RequestLogEntry> batch) {
        write(batch, true);
    }

    private void write(List<RequestLogEntry> batch, boolean fresh) {
        Map<String, List<RequestLogEntry>> byTenant = new LinkedHashMap<>();
        for (RequestLogEntry entry : batch) {
            byTenant.computeIfAbsent(entry.tenantId(), t -> new ArrayList<>()).add(entry);
        }
        byTenant.forEach((tenantId, entries) -> writeTenant(tenantId, entries, fresh));
    }

    private void writeTenant(String tenantId, List<RequestLogEntry> entries, boolean fresh) {
        Optional<Tenant> tenant = tenants.apply(tenantId);
        if (tenant.isEmpty()) {
            // Cannot happen for entries of this process (the filter logs bound tenants only); retrying cannot help.
            log.error("Dropped {} request-log entries of the unknown tenant '{}'", entries.size(), tenantId);
            metrics.dropped(entries.size());
            return;
        }
        TenantContext.runAs(tenant.get(), () -> insert(entries, fresh));
    }

    private void insert(List<RequestLogEntry> entries, boolean fresh) {
        try {
            if (fresh) {
                store.insertFresh(entries);
            }
            else {
                store.insert(entries);
            }
            metrics.written(entries.size());
        }
        catch (DataIntegrityViolationException ex) {
            // The database answered, and refused a row (a value it cannot hold): write the others one by one,
            // so one bad entry never holds back the log.
            entries.forEach(this::insertAlone);
        }
    }

    private void insertAlone(RequestLogEntry entry) {
        try {
            store.insert(List.of(entry));
            metrics.written(1);
        }
        catch (DataIntegrityViolationException ex) {
            log.error("Dropped the request-log entry of request {}: the database refused it ({})", entry.id(),
                    WriterLoop.reason(ex));
            metrics.dropped(1);
        }
    }
}
