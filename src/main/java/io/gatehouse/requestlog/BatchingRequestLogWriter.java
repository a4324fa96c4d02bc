package io.gatehouse.requestlog;

import java.util.List;

import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.springframework.stereotype.Component;

// TEMPORARY (skeleton): writes on the request thread. Replaced by the batching writer in this issue.
@Component
class BatchingRequestLogWriter implements RequestLogWriter {

    private final RequestLogStore store;
    private final TenantDirectory tenants;

    BatchingRequestLogWriter(RequestLogStore store, TenantDirectory tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    @Override
    public void accept(RequestLogEntry entry) {
        tenants.find(entry.tenantId()).ifPresent(t -> TenantContext.runAs(t, () -> store.insert(List.of(entry))));
    }
}
