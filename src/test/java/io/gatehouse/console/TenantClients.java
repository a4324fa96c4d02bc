package io.gatehouse.console;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.clients.NewClient;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;


/** Creates clients directly in a tenant, for tests about pages that show existing clients. */
final class TenantClients {

    private final ClientRegistry registry;
    private final TenantDirectory tenants;

    TenantClients(ClientRegistry registry, TenantDirectory tenants) {
        this.registry = registry;
        this.tenants = tenants;
    }

    CreatedClient create(String tenant, NewClient request) {
        return TenantContext.callAs(tenants.find(tenant).orElseThrow(),
                () -> registry.create(request, "test-setup"));
    }

    OAuthClient find(String tenant, long id) {
        return TenantContext.callAs(tenants.find(tenant).orElseThrow(), () -> registry.find(id).orElseThrow());
    }
}
