package io.gatehouse.requestlog;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;

import io.gatehouse.authserver.Sessions;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.shared.CacheInvalidations;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.support.LoggedRequests;
import io.gatehouse.tenancy.TenantContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind of outcome of the API and of the authorization server leaves one log entry, tied to its client
 * and session, with the policy's reason and sentence when refused; requests that cannot be tied to a client
 * leave none.
 */
class RequestLogOutcomesTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sessions sessions;

    @Autowired
    UserDirectory users;

    @Autowired
    CacheInvalidations invalidations;

    LoggedRequests log;

    @BeforeEach
    void readLog() {
        log = new LoggedRequests(jdbc);
    }

    @Test
    void apiRequestWhenAnsweredThenLoggedWithEveryColumn() {
        ApiToken token = token(ACME, adminClient().scopes("orders:read"));

        HttpResponse<String> response = http.get(ACME, "/api/v3/orders?limit=2&status=OPEN",
                "Authorization", "Bearer " + token.value(), "User-Agent", "outcome-tests/1.0");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> entry = log.entryOf(response);
        assertThat(entry.get("tenant_id")).isEqualTo(ACME);
        assertThat(entry.get("id")).isEqualTo(LoggedRequests.requestId(response));
        assertThat(((Number) entry.get("client_pk")).longValue()).isEqualTo(token.clientPk());
        assertThat(entry.get("session_id")).isEqualTo(onlySession(token));
        assertThat(entry.get("user_token_id")).isNull();
        assertThat(entry).containsEntry("method", "GET").containsEntry("path", "/api/v3/orders")
                .containsEntry("query", "limit=2&status=OPEN").containsEntry("user_agent", "outcome-tests/1.0");
        assertThat(((Number) entry.get("status")).intValue()).isEqualTo(200);
        assertThat(((Number) entry.get("response_bytes")).longValue()).isEqualTo(response.body().getBytes().length);
        assertThat(((Number) entry.get("latency_micros")).longValue()).isPositive();
        assertThat((String) entry.get("ip")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(entry.get("reason_code")).isNull();
        assertThat(entry.get("at")).isNotNull();
    }

    @Test
    void apiRequestWhenRefusedByPolicyThenReasonAndSentenceLogged() {
        ApiToken reader = token(ACME, adminClient().scopes("orders:read"));
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write")
                .excludedFields("orderLine.purchasePrice"));

        assertLogged(send(reader, "POST", "/api/v3/orders", "{\"customerId\":1}"), 403, "missing_scope",
                "needs orders:write; this client has orders:read");
        assertLogged(get(customer, "/api/v3/orders/5"), 404, "not_owner", null);
        assertLogged(get(customer, "/api/v3/orders/987654"), 404, "not_found", null);
        assertLogged(get(customer, "/api/v3/orders/1/lines?sort=purchasePrice"), 400, "excluded_field", null);
        assertLogged(get(customer, "/api/v3/orders?limit=abc"), 400, "invalid_parameter", null);
        assertLogged(send(customer, "POST", "/api/v3/orders", "{\"customerId\":"), 400, "invalid_body", null);
        assertLogged(get(reader, "/api/v3/nothing-here"), 404, "unknown_endpoint", null);
        assertLogged(send(reader, "DELETE", "/api/v3/orders", null), 405, "method_not_allowed", null);
    }

    @Test
    void apiRequestWhenTokenNoLongerUsableThenLoggedAgainstItsClientAndSession() {
        ApiToken expired = token(ACME, adminClient().scopes("customers:read"));
        expireSessions(expired);
        assertTokenRefusalLogged(expired, "token_expired");

        ApiToken revoked = token(ACME, adminClient().scopes("customers:read"));
        as(() -> sessions.revokeAll(revoked.clientPk()));
        assertTokenRefusalLogged(revoked, "token_revoked");

        ApiToken clientRevoked = token(ACME, adminClient().scopes("customers:read"));
        as(() -> {
            clients.revoke(clientRevoked.clientPk(), "test");
            return null;
        });
        assertTokenRefusalLogged(clientRevoked, "client_revoked");

        ApiToken clientExpired = token(ACME, adminClient().scopes("customers:read"));
        expireClient(clientExpired.clientPk());
        assertTokenRefusalLogged(clientExpired, "client_expired");

        ConsoleUser owner = as(() -> users.create("log-owner-" + System.nanoTime(), "Owner", null,
                "a-long-password-1", Role.ADMIN));
        ApiToken ownerGone = token(ACME, adminClient().ownerUserId(owner.id()).scopes("customers:read"));
        as(() -> {
            users.setActive(owner.id(), false);
            return null;
        });
        assertTokenRefusalLogged(ownerGone, "owner_deactivated");
    }

    @Test
    void apiRequestWhenNotTiedToAnyClientThenNotLogged() {
        ApiToken witness = token(ACME, adminClient().scopes("customers:read"));
        HttpResponse<String> noToken = http.get(ACME, "/api/v3/customers");
        HttpResponse<String> unknownToken = http.get(ACME, "/api/v3/customers", "Authorization", "Bearer gat_nope");
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(unknownToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().firstValue("X-Request-Id")).isPresent();

        log.assertNotLogged(noToken, get(witness, "/api/v3/customers"));
        log.assertNotLogged(unknownToken, get(witness, "/api/v3/customers"));
    }

    @Test
    void tokenRequestWhenIssuedThenLoggedWithTheNewSession() {
        ApiToken token = token(ACME, adminClient().scopes("orders:read"));
        HttpResponse<String> response = tokenRequest(token, token.client().secret(), "orders:read");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> entry = log.entryOf(response);
        assertThat(entry).containsEntry("method", "POST").containsEntry("path", "/oauth2/token");
        assertThat(((Number) entry.get("client_pk")).longValue()).isEqualTo(token.clientPk());
        assertThat(entry.get("session_id")).isNotNull();
        assertThat(as(() -> sessions.list(token.clientPk())).stream().map(s -> s.id()))
                .contains((String) entry.get("session_id"));
        assertThat(entry.get("reason_code")).isNull();
    }

    @Test
    void tokenRequestWhenRefusedForKnownClientThenReasonLogged() {
        ApiToken token = token(ACME, adminClient().scopes("orders:read"));
        assertLogged(tokenRequest(token, "gcs_wrong", null), 401, "client_secret_invalid", null);
        assertLogged(tokenRequest(token, token.client().secret(), "orders:read invoices:read"), 400, "invalid_scope",
                "asked for invoices:read; this client has orders:read");
        assertLogged(http.postForm(ACME, "/oauth2/token", Map.of("grant_type", "password"),
                "Authorization", basic(token, token.client().secret())), 400, "unsupported_grant_type", null);

        ApiToken expired = token(ACME, adminClient().scopes("orders:read"));
        expireClient(expired.clientPk());
        assertLogged(tokenRequest(expired, expired.client().secret(), null), 401, "client_expired", null);

        ApiToken revoked = token(ACME, adminClient().scopes("orders:read"));
        as(() -> {
            clients.revoke(revoked.clientPk(), "test");
            return null;
        });
        assertLogged(tokenRequest(revoked, revoked.client().secret(), null), 401, "client_revoked", null);
    }

    @Test
    void tokenRequestWhenClientIdUnknownThenNotLogged() {
        ApiToken witness = token(ACME, adminClient().scopes("orders:read"));
        HttpResponse<String> unknown = http.postForm(ACME, "/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", io.gatehouse.support.TenantHttp.basic("gci_unknown", "gcs_unknown"));
        assertThat(unknown.statusCode()).isEqualTo(401);

        log.assertNotLogged(unknown, tokenRequest(witness, witness.client().secret(), null));
    }

    @Test
    void introspectionWhenClientAuthenticatesThenLoggedAgainstThatClient() {
        ApiToken token = token(ACME, adminClient().scopes("orders:read"));
        HttpResponse<String> response = http.postForm(ACME, "/oauth2/introspect", Map.of("token", token.value()),
                "Authorization", basic(token, token.client().secret()));

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> entry = log.entryOf(response);
        assertThat(entry).containsEntry("path", "/oauth2/introspect");
        assertThat(((Number) entry.get("client_pk")).longValue()).isEqualTo(token.clientPk());
    }

    private void assertTokenRefusalLogged(ApiToken token, String reason) {
        String session = jdbc.sql("select id from oauth_session where tenant_id = 'acme' and client_pk = :client")
                .param("client", token.clientPk()).query(String.class).single();
        Map<String, Object> entry = assertLogged(get(token, "/api/v3/customers"), 401, reason, null);
        assertThat(entry.get("session_id")).isEqualTo(session);
    }

    private Map<String, Object> assertLogged(HttpResponse<String> response, int status, String reason,
            String sentence) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Map<String, Object> entry = log.entryOf(response);
        assertThat(((Number) entry.get("status")).intValue()).isEqualTo(status);
        assertThat(entry.get("reason_code")).as(response.uri().toString()).isEqualTo(reason);
        assertThat((String) entry.get("reason_sentence")).isNotBlank();
        if (sentence != null) {
            assertThat(entry.get("reason_sentence")).isEqualTo(sentence);
        }
        assertThat(entry.get("client_pk")).isNotNull();
        return entry;
    }

    private HttpResponse<String> tokenRequest(ApiToken token, String secret, String scope) {
        Map<String, String> form = scope == null ? Map.of("grant_type", "client_credentials")
                : Map.of("grant_type", "client_credentials", "scope", scope);
        return http.postForm(ACME, "/oauth2/token", form, "Authorization", basic(token, secret));
    }

    private static String basic(ApiToken token, String secret) {
        return io.gatehouse.support.TenantHttp.basic(token.client().client().clientId(), secret);
    }

    private String onlySession(ApiToken token) {
        return as(() -> sessions.list(token.clientPk())).get(0).id();
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
}
