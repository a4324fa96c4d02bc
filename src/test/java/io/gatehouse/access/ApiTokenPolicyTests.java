package io.gatehouse.access;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import io.gatehouse.authserver.Sessions;
import io.gatehouse.clients.ClientEdit;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.shared.CacheInvalidations;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.support.TenantHttp;
import io.gatehouse.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Step 1 of the policy, the token, and step 5, live changes: every state of a token and its client, as the API answers it. */
class ApiTokenPolicyTests extends ApiTestSupport {

    private static final String PATH = "/api/v3/customers/1";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    @Autowired
    Sessions sessions;

    @Autowired
    CacheInvalidations invalidations;

    @Test
    void requestWhenNoTokenThenChallengeWithoutError() {
        HttpResponse<String> response = http.get(ACME, PATH);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"acme\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.has("error")).isFalse();
        assertThat(body.get("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void requestWhenBasicCredentialsInsteadOfTokenThenChallengeWithoutError() {
        HttpResponse<String> response = http.get(ACME, PATH, "Authorization", TenantHttp.basic("gci_x", "gcs_y"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"acme\"");
    }

    @Test
    void requestWhenValidTokenSentWithDPoPSchemeThenChallengeWithoutError() {
        // Gatehouse offers no DPoP (its metadata lists no DPoP algorithm): a DPoP authorization is no bearer token.
        ApiToken acme = token(ACME, adminClient().scopes("customers:read"));

        HttpResponse<String> response = http.get(ACME, PATH, "Authorization", "DPoP " + acme.value(),
                "DPoP", "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2In0.e30.c2ln");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"acme\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).has("error")).isFalse();
        assertThat(get(acme, PATH).statusCode()).isEqualTo(200);
    }

    @Test
    void requestWhenTokenUnknownThenInvalidToken() {
        assertInvalidToken(http.get(ACME, PATH, "Authorization", "Bearer gat_notatoken"), "token_unknown");
        assertInvalidToken(http.get(ACME, PATH, "Authorization", "Bearer not-even-ours"), "token_unknown");
    }

    @Test
    void requestWhenTokenOfOtherTenantThenAnsweredAsUnknownToken() {
        ApiToken globex = token(GLOBEX, adminClient().scopes("customers:read"));

        HttpResponse<String> crossTenant = http.get(ACME, PATH, "Authorization", "Bearer " + globex.value());
        HttpResponse<String> unknown = http.get(ACME, PATH, "Authorization", "Bearer gat_notatoken");

        assertInvalidToken(crossTenant, "token_unknown");
        assertThat(crossTenant.body()).isEqualTo(unknown.body());
        assertThat(crossTenant.headers().allValues("WWW-Authenticate"))
                .isEqualTo(unknown.headers().allValues("WWW-Authenticate"));
        assertThat(json(get(globex, PATH)).get("name").asString()).isEqualTo("Globex Northwind Traders");
    }

    @Test
    void requestWhenTokenExpiredThenInvalidToken() {
        ApiToken token = token(ACME, adminClient().scopes("customers:read"));
        expireSessions(token);

        assertInvalidToken(get(token, PATH), "token_expired");
    }

    @Test
    void requestWhenTokenRevokedThenInvalidTokenOnNextRequest() {
        ApiToken token = token(ACME, adminClient().scopes("customers:read"));
        assertThat(get(token, PATH).statusCode()).isEqualTo(200);

        as(() -> sessions.revokeAll(token.clientPk()));

        assertInvalidToken(get(token, PATH), "token_revoked");
    }

    @Test
    void requestWhenClientRevokedThenInvalidToken() {
        ApiToken token = token(ACME, adminClient().scopes("customers:read"));
        as(() -> {
            clients.revoke(token.clientPk(), "test");
            return null;
        });

        assertInvalidToken(get(token, PATH), "client_revoked");
    }

    @Test
    void requestWhenClientExpiredThenInvalidToken() {
        ApiToken token = token(ACME, adminClient().scopes("customers:read"));
        expireClient(token.clientPk());

        assertInvalidToken(get(token, PATH), "client_expired");
    }

    @Test
    void requestWhenOwnerDeactivatedThenInvalidToken() {
        ConsoleUser owner = as(() -> users.create("owner-" + System.nanoTime(), "Owner", null, "a-long-password-1",
                Role.ADMIN));
        ApiToken token = token(ACME, adminClient().ownerUserId(owner.id()).scopes("customers:read"));
        assertThat(get(token, PATH).statusCode()).isEqualTo(200);

        as(() -> {
            users.setActive(owner.id(), false);
            return null;
        });

        assertInvalidToken(get(token, PATH), "owner_deactivated");
    }

    @Test
    void requestWhenOwnerNoLongerAdminThenAdminOnlyScopeRefused() {
        ConsoleUser owner = as(() -> users.create("demoted-" + System.nanoTime(), "Demoted", null,
                "a-long-password-1", Role.ADMIN));
        ApiToken token = token(ACME, adminClient().ownerUserId(owner.id()).scopes("users:read", "customers:read"));
        // Gatehouse has no role change of its own: a writer around it changes the row and announces it.
        jdbc.sql("update console_user set role = 'STAFF' where tenant_id = 'acme' and id = :id")
                .param("id", owner.id()).update();
        invalidations.publish("users", ACME + ":" + owner.id());

        HttpResponse<String> users = get(token, "/api/v3/users");

        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(users.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("error=\"insufficient_scope\"", "scope=\"users:read\""));
        assertThat(get(token, PATH).statusCode()).isEqualTo(200);
        HttpResponse<String> reissued = http.postForm(ACME, "/oauth2/token",
                TenantHttp.form("grant_type", "client_credentials"), "Authorization",
                TenantHttp.basic(token.client().client().clientId(), token.client().secret()));
        assertThat(json(reissued).get("scope").asString()).isEqualTo("customers:read");
    }

    @Test
    void requestWhenScopeRemovedByEditThenRefusedOnNextRequest() {
        ApiToken token = token(ACME, adminClient().scopes("customers:read", "orders:read"));
        assertThat(get(token, PATH).statusCode()).isEqualTo(200);

        edit(token, List.of("orders:read"), List.of(), null);

        HttpResponse<String> response = get(token, PATH);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("scope").asString()).isEqualTo("customers:read");
    }

    @Test
    void requestWhenScopeAddedByEditThenExistingTokenNotWidened() {
        ApiToken token = token(ACME, adminClient().scopes("orders:read"));

        edit(token, List.of("orders:read", "customers:read"), List.of(), null);

        assertThat(get(token, PATH).statusCode()).isEqualTo(403);
    }

    @Test
    void requestWhenFieldExcludedByEditThenHiddenOnNextRequest() {
        ApiToken token = token(ACME, customerClient().scopes("customers:read").excludedFields());
        assertThat(json(get(token, PATH)).has("email")).isTrue();

        edit(token, List.of("customers:read"), List.of("customer.email"), null);

        HttpResponse<String> response = get(token, PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).has("email")).isFalse();
        assertThat(get(token, "/api/v3/customers?email=it@northwind-traders.example").statusCode()).isEqualTo(400);
    }

    @Test
    void requestWhenExpiryMovedByEditThenTokenStillBoundByClientExpiry() {
        ApiToken token = token(ACME, adminClient().scopes("customers:read"));

        edit(token, List.of("customers:read"), List.of(), LocalDate.now(ZoneOffset.UTC).plusDays(1));

        assertThat(get(token, PATH).statusCode()).isEqualTo(200);
        expireClient(token.clientPk());
        assertInvalidToken(get(token, PATH), "client_expired");
    }

    @Test
    void requestWhenAnsweredThenSessionCountsTheUse() {
        ApiToken token = token(ACME, adminClient().scopes("customers:read"));

        get(token, PATH);
        get(token, "/api/v3/customers");
        flushUsage();

        var session = as(() -> sessions.list(token.clientPk())).get(0);
        assertThat(session.requestCount()).isEqualTo(2);
        assertThat(session.lastUsedAt()).isNotNull();
    }

    private void edit(ApiToken token, List<String> scopes, List<String> excluded, LocalDate expiresOn) {
        as(() -> {
            OAuthClient client = clients.find(token.clientPk()).orElseThrow();
            LocalDate expiry = expiresOn != null ? expiresOn
                    : client.expiresAt().atZone(ZoneOffset.UTC).toLocalDate();
            return clients.edit(token.clientPk(), new ClientEdit(client.name(), scopes, excluded, expiry), "test");
        });
    }

    /** Time passing, without waiting; announced like any change made around Gatehouse's own writes. */
    private void expireClient(long clientPk) {
        jdbc.sql("update oauth_client set expires_at = :at where tenant_id = 'acme' and id = :id")
                .param("at", Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC)).param("id", clientPk).update();
        invalidations.publish("clients", ACME + ":" + clientPk);
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenants.find(ACME).orElseThrow(), work);
    }

    private static void assertInvalidToken(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).singleElement().satisfies(challenge -> assertThat(
                challenge).startsWith("Bearer realm=\"acme\", error=\"invalid_token\", error_description=\""));
        JsonNode body = json(response);
        assertThat(body.get("error").asString()).isEqualTo("invalid_token");
        assertThat(body.get("reason").asString()).isEqualTo(reason);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
    }
}
