package io.gatehouse.access;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;

import io.gatehouse.clients.ClientEdit;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.tenancy.TenantContext;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Clients, owners and tenants come from caches on the hot path; a change made through Gatehouse still applies
 * on the very next request, and a cache never hands one tenant's row to another.
 */
class CachedLookupsTests extends ApiTestSupport {

    private static final String PATH = "/api/v3/customers/1";

    @Autowired
    UserDirectory users;

    @Autowired
    MeterRegistry registry;

    @Test
    void requestWhenClientServedFromCacheAndRevokedThenRefusedOnNextRequest() {
        ApiToken token = token(ACME, adminClient().scopes("customers:read"));
        double hits = hits("clients");
        assertThat(get(token, PATH).statusCode()).isEqualTo(200);
        assertThat(get(token, PATH).statusCode()).isEqualTo(200);
        assertThat(hits("clients")).as("the client came from the cache").isGreaterThan(hits);

        as(ACME, () -> {
            clients.revoke(token.clientPk(), "test");
            return null;
        });

        HttpResponse<String> refused = get(token, PATH);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).get("reason").asString()).isEqualTo("client_revoked");
    }

    @Test
    void requestWhenClientServedFromCacheAndScopeRemovedThenRefusedOnNextRequest() {
        ApiToken token = token(ACME, adminClient().scopes("customers:read", "orders:read"));
        get(token, PATH);
        assertThat(get(token, PATH).statusCode()).isEqualTo(200);

        as(ACME, () -> {
            OAuthClient client = clients.find(token.clientPk()).orElseThrow();
            return clients.edit(client.id(), new ClientEdit(client.name(), List.of("orders:read"), List.of(),
                    client.expiresAt().minusNanos(1).atZone(java.time.ZoneOffset.UTC).toLocalDate()), "test");
        });

        assertThat(get(token, PATH).statusCode()).isEqualTo(403);
    }

    @Test
    void requestWhenOwnerServedFromCacheAndDeactivatedThenRefusedOnNextRequest() {
        ConsoleUser owner = as(ACME, () -> users.create("cached-" + System.nanoTime(), "Cached owner", null,
                "a-long-password-1", Role.ADMIN));
        ApiToken token = token(ACME, adminClient().ownerUserId(owner.id()).scopes("customers:read"));
        double hits = hits("users");
        get(token, PATH);
        assertThat(get(token, PATH).statusCode()).isEqualTo(200);
        assertThat(hits("users")).as("the owner came from the cache").isGreaterThan(hits);

        as(ACME, () -> {
            users.setActive(owner.id(), false);
            return null;
        });

        HttpResponse<String> refused = get(token, PATH);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).get("reason").asString()).isEqualTo("owner_deactivated");
    }

    @Test
    void findWhenSameIdsCachedInTwoTenantsThenEachTenantSeesOnlyItsOwnRows() {
        ApiToken token = token(ACME, adminClient().scopes("customers:read"));
        for (int i = 0; i < 2; i++) {
            assertThat(as(ACME, () -> users.find(1))).map(ConsoleUser::displayName)
                    .isNotEqualTo(as(GLOBEX, () -> users.find(1)).map(ConsoleUser::displayName));
            assertThat(as(ACME, () -> clients.find(token.clientPk()))).isPresent();
            assertThat(as(ACME, () -> clients.findByClientId(token.client().client().clientId()))).isPresent();
        }

        assertThat(as(GLOBEX, () -> clients.find(token.clientPk()))).isEmpty();
        assertThat(as(GLOBEX, () -> clients.findByClientId(token.client().client().clientId()))).isEmpty();
        assertThat(http.get(GLOBEX, PATH, "Authorization", "Bearer " + token.value()).statusCode()).isEqualTo(401);
    }

    private double hits(String cache) {
        return registry.get("gatehouse.cache.gets").tag("cache", cache).tag("result", "hit").counter().count();
    }

    private <T> T as(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenants.find(tenant).orElseThrow(), work);
    }
}
