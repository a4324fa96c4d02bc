package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatehouse.GatehouseApplication;
import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.shared.CacheInvalidations;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.TenantHttp;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two Gatehouse processes sharing one database (the test database: H2 in memory, or PostgreSQL with the
 * postgres profile) agree on a revocation within a second, and the revocation outlives both of them. Clients
 * and owners are cached on each node: a change on one node evicts them on the other (through NOTIFY on
 * PostgreSQL; on H2, which only one process can open, within the process).
 */
class TwoNodeRevocationTests {

    private static final Duration AGREEMENT = Duration.ofSeconds(1);

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    /** Sessions are cached on each node too: every token is used twice on both nodes before it is revoked. */
    @Test
    void revokeWhenDoneOnOneNodeThenOtherNodeRefusesWithinOneSecondAndAfterRestart() throws Exception {
        ConfigurableApplicationContext a = start("a");
        ConfigurableApplicationContext b = start("b");
        CreatedClient client = as(a, () -> a.getBean(ClientRegistry.class)
                .create(ClientFixtures.adminClient().name("Two-node client").scopes("customers:read").build(), "test"));
        CreatedClient other = as(a, () -> a.getBean(ClientRegistry.class)
                .create(ClientFixtures.adminClient().name("Untouched client").scopes("customers:read").build(), "test"));
        String token = token(a, client);
        String sessionId = as(a, () -> a.getBean(Sessions.class).list(client.client().id())).get(0).id();
        String sibling = token(a, client);
        String unrevoked = token(a, other);
        for (String used : List.of(token, sibling, unrevoked)) {
            for (ConfigurableApplicationContext node : List.of(a, b, a, b)) {
                assertThat(call(node, used).statusCode()).isEqualTo(200);
            }
        }

        as(a, () -> a.getBean(Sessions.class).revoke(client.client().id(), sessionId));
        long revokedAt = System.nanoTime();

        HttpResponse<String> refused = awaitRefusal(b, token, revokedAt);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("token_revoked");
        assertThat(call(a, token).statusCode()).isEqualTo(401);
        assertThat(call(b, sibling).statusCode()).isEqualTo(200);

        as(a, () -> a.getBean(Sessions.class).revokeAll(client.client().id()));
        HttpResponse<String> allRefused = awaitRefusal(b, sibling, System.nanoTime());
        assertThat(allRefused.body()).contains("token_revoked");
        assertThat(call(a, sibling).statusCode()).isEqualTo(401);
        assertThat(call(b, unrevoked).statusCode()).isEqualTo(200);

        a.close();
        b.close();
        ConfigurableApplicationContext restarted = start("c");
        assertThat(call(restarted, token).statusCode()).as("after a restart of every node").isEqualTo(401);
        assertThat(call(restarted, sibling).statusCode()).isEqualTo(401);
        assertThat(call(restarted, unrevoked).statusCode()).isEqualTo(200);
    }

    @Test
    void revokeClientOrDeactivateOwnerWhenDoneOnOneNodeThenOtherNodeRefusesItsCachedClient() throws Exception {
        ConfigurableApplicationContext a = start("a");
        ConfigurableApplicationContext b = start("b");
        CreatedClient revoked = as(a, () -> a.getBean(ClientRegistry.class)
                .create(ClientFixtures.adminClient().name("Revoked on A").scopes("customers:read").build(), "test"));
        ConsoleUser owner = as(a, () -> a.getBean(UserDirectory.class).create("two-node-" + System.nanoTime(),
                "Two-node owner", null, "a-long-password-1", Role.ADMIN));
        CreatedClient owned = as(a, () -> a.getBean(ClientRegistry.class).create(ClientFixtures.adminClient()
                .name("Owner deactivated on A").ownerUserId(owner.id()).scopes("customers:read").build(), "test"));
        String revokedToken = token(a, revoked);
        String ownedToken = token(a, owned);
        double hits = clientHits(b);
        for (int i = 0; i < 2; i++) {
            assertThat(call(b, revokedToken).statusCode()).isEqualTo(200);
            assertThat(call(b, ownedToken).statusCode()).isEqualTo(200);
        }
        assertThat(clientHits(b)).as("node B serves the clients from its cache").isGreaterThan(hits);

        as(a, () -> {
            a.getBean(ClientRegistry.class).revoke(revoked.client().id(), "test");
            return null;
        });
        HttpResponse<String> refused = awaitRefusal(b, revokedToken, System.nanoTime());
        assertThat(refused.body()).contains("client_revoked");

        as(a, () -> {
            a.getBean(UserDirectory.class).setActive(owner.id(), false);
            return null;
        });
        refused = awaitRefusal(b, ownedToken, System.nanoTime());
        assertThat(refused.body()).contains("owner_deactivated");
    }

    /** The first refusal on the node, failing if it takes longer than a second after the revocation. */
    private HttpResponse<String> awaitRefusal(ConfigurableApplicationContext node, String token, long since) {
        while (true) {
            HttpResponse<String> response = call(node, token);
            long elapsed = System.nanoTime() - since;
            if (response.statusCode() == 401) {
                assertThat(Duration.ofNanos(elapsed)).isLessThanOrEqualTo(AGREEMENT);
                return response;
            }
            assertThat(Duration.ofNanos(elapsed)).as("still accepted after the revocation").isLessThan(AGREEMENT);
        }
    }

    private ConfigurableApplicationContext start(String name) throws Exception {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(GatehouseApplication.class)
                .profiles("test")
                // Command-line arguments, so they win over application.properties as a real node's would.
                .run("--server.port=0", "--spring.application.name=gatehouse-node-" + name,
                        "--gatehouse.request-log.spool-dir=" + Files.createTempDirectory("spool-" + name));
        nodes.add(node);
        // On PostgreSQL a node reads through its caches until its listener connection is up.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!node.getBean(CacheInvalidations.class).listening()) {
            assertThat(System.nanoTime()).as("node " + name + " listening for cache invalidations")
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
        return node;
    }

    private static double clientHits(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).get("gatehouse.cache.gets").tag("cache", "clients")
                .tag("result", "hit").counter().count();
    }

    private static String token(ConfigurableApplicationContext node, CreatedClient client) {
        HttpResponse<String> response = http(node).postForm("acme", "/oauth2/token",
                TenantHttp.form("grant_type", "client_credentials"),
                "Authorization", TenantHttp.basic(client.client().clientId(), client.secret()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
    }

    private static HttpResponse<String> call(ConfigurableApplicationContext node, String token) {
        return http(node).get("acme", "/api/v3/customers/1", "Authorization", "Bearer " + token);
    }

    private static TenantHttp http(ConfigurableApplicationContext node) {
        return new TenantHttp(((WebServerApplicationContext) node).getWebServer().getPort());
    }

    private static <T> T as(ConfigurableApplicationContext node, java.util.function.Supplier<T> work) {
        Tenant acme = node.getBean(TenantDirectory.class).find("acme").orElseThrow();
        return TenantContext.callAs(acme, work);
    }
}
