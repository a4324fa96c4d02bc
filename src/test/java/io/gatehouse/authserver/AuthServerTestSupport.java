package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.clients.NewClient;
import io.gatehouse.shared.CacheInvalidations;
import io.gatehouse.shared.KeyedHasher;
import io.gatehouse.support.TenantHttp;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Real HTTP against the running server on the seeded tenants acme and globex. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class AuthServerTestSupport {

    static final String ACME = "acme";
    static final String GLOBEX = "globex";

    @LocalServerPort
    int port;

    @Autowired
    ClientRegistry clients;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyedHasher hasher;

    @Autowired
    CacheInvalidations invalidations;

    TenantHttp http;

    @BeforeEach
    void connect() {
        http = new TenantHttp(port);
    }

    <T> T as(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant(tenant), work);
    }

    Tenant tenant(String id) {
        return tenants.find(id).orElseThrow();
    }

    CreatedClient create(String tenant, NewClient request) {
        return as(tenant, () -> clients.create(request, "test"));
    }

    HttpResponse<String> tokenBasic(String tenant, String clientId, String secret, String... form) {
        return http.postForm(tenant, UnservedEndpointsFilter.TOKEN, TenantHttp.form(form),
                "Authorization", TenantHttp.basic(clientId, secret));
    }

    HttpResponse<String> tokenPost(String tenant, String clientId, String secret, String... form) {
        Map<String, String> body = TenantHttp.form(form);
        body.put("client_id", clientId);
        body.put("client_secret", secret);
        return http.postForm(tenant, UnservedEndpointsFilter.TOKEN, body);
    }

    String issueToken(String tenant, CreatedClient client, String... form) {
        String[] withGrant = new String[form.length + 2];
        withGrant[0] = "grant_type";
        withGrant[1] = "client_credentials";
        System.arraycopy(form, 0, withGrant, 2, form.length);
        HttpResponse<String> response = tokenBasic(tenant, client.client().clientId(), client.secret(), withGrant);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("access_token").asString();
    }

    HttpResponse<String> introspect(String tenant, CreatedClient caller, String token) {
        return http.postForm(tenant, UnservedEndpointsFilter.INTROSPECT, TenantHttp.form("token", token),
                "Authorization", TenantHttp.basic(caller.client().clientId(), caller.secret()));
    }

    boolean active(String tenant, CreatedClient caller, String token) {
        HttpResponse<String> response = introspect(tenant, caller, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("active").asBoolean();
    }

    HttpResponse<String> revoke(String tenant, CreatedClient caller, String token) {
        return http.postForm(tenant, UnservedEndpointsFilter.REVOKE, TenantHttp.form("token", token),
                "Authorization", TenantHttp.basic(caller.client().clientId(), caller.secret()));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    /**
     * Time passing, without waiting: moves the client's expiry (the console only allows future dates), and
     * announces the change as any writer around Gatehouse's own must.
     */
    void setClientExpiry(String tenant, long clientPk, Instant expiresAt) {
        jdbc.sql("update oauth_client set expires_at = :at where tenant_id = :tenant and id = :id")
                .param("at", expiresAt.atOffset(java.time.ZoneOffset.UTC)).param("tenant", tenant)
                .param("id", clientPk).update();
        invalidations.publish("clients", tenant + ":" + clientPk);
    }

    /** Time passing, without waiting: the session of a token was issued an hour ago and has just expired (announced). */
    void expireSession(String tenant, String token) {
        Instant now = Instant.now();
        jdbc.sql("""
                update oauth_session set issued_at = :issued, expires_at = :expires
                where tenant_id = :tenant and token_hash = :hash""")
                .param("issued", now.minusSeconds(3601).atOffset(java.time.ZoneOffset.UTC))
                .param("expires", now.minusSeconds(1).atOffset(java.time.ZoneOffset.UTC))
                .param("tenant", tenant).param("hash", hasher.hash(token)).update();
        invalidations.publish("sessions", tenant + ":*");
    }

    /** The space-separated scope of a token response. */
    static String[] scopes(JsonNode body) {
        return body.get("scope").asString().split(" ");
    }

    static void assertNotCached(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().allValues("Pragma")).containsExactly("no-cache");
    }

    static void assertInvalidClient(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_client");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic "));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertNotCached(response);
    }

    /** Nothing in the answer tells the two cases apart. */
    static void assertSameAnswer(HttpResponse<String> one, HttpResponse<String> other) {
        assertThat(one.statusCode()).isEqualTo(other.statusCode());
        assertThat(one.body()).isEqualTo(other.body());
        assertThat(one.headers().allValues("WWW-Authenticate")).isEqualTo(other.headers().allValues("WWW-Authenticate"));
        assertThat(one.headers().map().keySet()).isEqualTo(other.headers().map().keySet());
    }
}
