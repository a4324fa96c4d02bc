package io.gatehouse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.clients.NewClient;
import io.gatehouse.shared.CacheInvalidations;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.UsageRecorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real HTTP against the API of the running server, on the seeded tenants acme and globex (which use the
 * same ids). Each test makes its own clients and gets their tokens from the token endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiTestSupport {

    public static final String ACME = "acme";
    public static final String GLOBEX = "globex";

    @LocalServerPort
    protected int port;

    @Autowired
    protected ClientRegistry clients;

    @Autowired
    protected TenantDirectory tenants;

    @Autowired
    private List<UsageRecorder<?>> usage;

    @Autowired
    private JdbcClient sessionsJdbc;

    @Autowired
    private CacheInvalidations invalidations;

    protected TenantHttp http;

    @BeforeEach
    void connectApi() {
        http = new TenantHttp(port);
    }

    /** Writes the request counts and last uses gathered so far, as the scheduled flush would within a second. */
    protected void flushUsage() {
        usage.forEach(UsageRecorder::flush);
    }

    /**
     * Time passing, without waiting: every session of the token's client expired a second ago. Announced as any
     * writer around Gatehouse's own must (the sessions are cached).
     */
    protected void expireSessions(ApiToken token) {
        sessionsJdbc.sql("update oauth_session set expires_at = :at where tenant_id = :tenant and client_pk = :client")
                .param("at", Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC)).param("tenant", token.tenant())
                .param("client", token.clientPk()).update();
        invalidations.publish("sessions", token.tenant() + ":*");
    }

    /** A token of a new client of the tenant, made from the builder. */
    protected ApiToken token(String tenant, ClientFixtures.Builder client) {
        NewClient request = client.build();
        CreatedClient created = TenantContext.callAs(tenants.find(tenant).orElseThrow(),
                () -> clients.create(request, "test"));
        HttpResponse<String> response = http.postForm(tenant, "/oauth2/token",
                TenantHttp.form("grant_type", "client_credentials"),
                "Authorization", TenantHttp.basic(created.client().clientId(), created.secret()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ApiToken(tenant, json(response).get("access_token").asString(), created);
    }

    protected HttpResponse<String> get(ApiToken token, String path) {
        return http.get(token.tenant(), path, "Authorization", "Bearer " + token.value());
    }

    /** A request with a JSON body; {@code json} may be null for none. */
    protected HttpResponse<String> send(ApiToken token, String method, String path, String json) {
        HttpRequest.Builder request = http.request(token.tenant(), path)
                .header("Authorization", "Bearer " + token.value())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request);
    }

    /**
     * A GET naming an excluded field answers exactly as one naming a field that does not exist: 400, the same
     * headers, and the same body once the two names are swapped.
     */
    protected void assertAnsweredAsUnknown(ApiToken token, String path, String field) {
        HttpResponse<String> hidden = get(token, path);
        HttpResponse<String> unknown = get(token, path.replace(field, "nothing"));
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(comparableHeaders(hidden)).isEqualTo(comparableHeaders(unknown));
        assertThat(renamed(hidden.body(), field)).isEqualTo(renamed(unknown.body(), "nothing"));
    }

    /** The body with the field's name replaced where it appears as a value ('name' or "name…"), not as a key. */
    private static String renamed(String body, String field) {
        return body.replace("'" + field, "'X").replace(":\"" + field, ":\"X");
    }

    /** Headers that could tell two answers apart: all but the date and the length (the names differ in length). */
    private static Map<String, List<String>> comparableHeaders(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.headers().map());
        headers.keySet().removeAll(List.of("date", "content-length", "x-request-id"));
        return headers;
    }

    /** The ids of a page's items, in order. */
    protected static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    /** The property names of a record: which fields it shows. */
    protected static Set<String> names(JsonNode record) {
        return Set.copyOf(record.propertyNames());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    /** An access token, the tenant it was issued on, and its client (with the one-time secret). */
    public record ApiToken(String tenant, String value, CreatedClient client) {

        public long clientPk() {
            return client.client().id();
        }
    }
}
