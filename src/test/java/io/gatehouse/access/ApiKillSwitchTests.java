package io.gatehouse.access;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.support.TenantHttp;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tenant's API kill switch, over real HTTP. Each test works in a shop of its own, so turning its API off
 * can never refuse another test's requests to the shared demo tenants.
 */
class ApiKillSwitchTests extends ApiTestSupport {

    private static final String CUSTOMER = "{\"name\":\"Kill switch test customer\"}";

    @Autowired
    UserDirectory users;

    @Autowired
    TenantJdbc jdbc;

    Tenant shop;
    ConsoleUser admin;
    ApiToken token;

    @BeforeEach
    void shopWithAnAdminClient() {
        shop = TestTenants.create(tenants, "killswitch");
        admin = TenantContext.callAs(shop,
                () -> users.create("admin", "Shop Admin", null, "not-used-by-these-tests", Role.ADMIN));
        token = token(shop.id(), adminClient().ownerUserId(admin.id())
                .scopes("users:read", "customers:read", "customers:write"));
    }

    @Test
    void requestWhenApiOffThenEveryEndpointRefusedWithApiDisabledProblem() {
        assertThat(get(token, "/api/v3/users").statusCode()).isEqualTo(200);

        turnApi(false);

        assertApiDisabled(get(token, "/api/v3/users"));
        assertApiDisabled(get(token, "/api/v3/users/" + admin.id()));
        assertApiDisabled(send(token, "POST", "/api/v3/customers", CUSTOMER));
        assertApiDisabled(get(token, "/api/v3/no-such-endpoint"));
    }

    @Test
    void requestWhenApiOffThenRefusedAlikeWithoutTokenAndWithInvalidToken() {
        turnApi(false);

        assertApiDisabled(http.get(shop.id(), "/api/v3/users"));
        assertApiDisabled(http.get(shop.id(), "/api/v3/users", "Authorization", "Bearer gat_notatoken"));
        assertApiDisabled(http.get(shop.id(), "/api/v3/users", "Authorization", TenantHttp.basic("gci_x", "gcs_y")));
    }

    @Test
    void requestWhenApiOffThenRefusedRequestLoggedUnderItsClient() {
        turnApi(false);

        HttpResponse<String> refused = get(token, "/api/v3/users");

        assertApiDisabled(refused);
        String requestId = refused.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(logged(requestId)).isEqualTo(new Logged(token.clientPk(), "api_disabled"));
    }

    @Test
    void docsWhenApiOffThenStillServed() {
        turnApi(false);

        HttpResponse<String> docs = http.get(shop.id(), "/api/v3/openapi.json");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json(docs).get("info").get("title").asString()).isEqualTo("Gatehouse API");
    }

    @Test
    void requestWhenOtherShopsApiOffThenDemoShopsUnaffected() {
        ApiToken globex = token(GLOBEX, adminClient());
        ApiToken acme = token(ACME, adminClient());

        turnApi(false);

        assertThat(get(globex, "/api/v3/users").statusCode()).isEqualTo(200);
        assertThat(get(acme, "/api/v3/users").statusCode()).isEqualTo(200);
    }

    @Test
    void requestWhenApiTurnedBackOnThenSameTokenWorksAgain() {
        turnApi(false);
        assertApiDisabled(send(token, "POST", "/api/v3/customers", CUSTOMER));

        turnApi(true);

        HttpResponse<String> users = get(token, "/api/v3/users/" + admin.id());
        assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
        assertThat(json(users).get("username").asString()).isEqualTo("admin");
        assertThat(send(token, "POST", "/api/v3/customers", CUSTOMER).statusCode()).isEqualTo(201);
        // Only the customer created after the API came back: the refused write left nothing behind.
        assertThat(json(get(token, "/api/v3/customers")).get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void tokenRequestWhenApiOffThenAccessDenied() {
        turnApi(false);

        HttpResponse<String> response = http.postForm(shop.id(), "/oauth2/token",
                TenantHttp.form("grant_type", "client_credentials"),
                "Authorization", TenantHttp.basic(token.client().client().clientId(), token.client().secret()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        JsonNode body = json(response);
        assertThat(body.get("error").asString()).isEqualTo("access_denied");
        assertThat(body.get("error_description").asString()).contains("API").contains("turned off");
        assertThat(response.body()).doesNotContain("access_token");
    }

    private void turnApi(boolean enabled) {
        TenantContext.runAs(shop, () -> tenants.updateSettings(enabled, shop.accessTokenTtl(), shop.logRetentionDays()));
    }

    private static void assertApiDisabled(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        // No token would help, so there is no challenge to present another one.
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(403);
        assertThat(body.get("reason").asString()).isEqualTo("api_disabled");
        assertThat(body.get("detail").asString()).contains("API of this account is turned off");
        assertThat(body.has("error")).isFalse();
    }

    /** The request's log entry, once the writer has stored it. */
    private Logged logged(String requestId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<Logged> rows = TenantContext.callAs(shop, () -> jdbc.sql(
                    "select client_pk, reason_code from request_log where tenant_id = :tenant and id = :id")
                    .param("id", UUID.fromString(requestId))
                    .query((rs, n) -> new Logged(rs.getLong("client_pk"), rs.getString("reason_code"))).list());
            if (!rows.isEmpty() || Instant.now().isAfter(deadline)) {
                assertThat(rows).as("log entry of request " + requestId).hasSize(1);
                return rows.get(0);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private record Logged(long clientPk, String reasonCode) {
    }
}
