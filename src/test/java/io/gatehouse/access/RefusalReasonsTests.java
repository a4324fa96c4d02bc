package io.gatehouse.access;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.gatehouse.authserver.Sessions;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every kind of refusal leaves its machine-readable reason, and a sentence, with the request for the request log. */
@Import(RefusalReasonsTests.Recorder.class)
class RefusalReasonsTests extends ApiTestSupport {

    static final Map<String, Refusal> SEEN = new ConcurrentHashMap<>();

    @Autowired
    Sessions sessions;

    @Test
    void refusalWhenTokenMissingOrUnusableThenItsReasonIsKept() {
        assertThat(reason(() -> http.get(ACME, "/api/v3/orders", "X-Probe", "none"), "none"))
                .isEqualTo("missing_token");
        assertThat(reason(() -> http.get(ACME, "/api/v3/orders", "X-Probe", "unknown",
                "Authorization", "Bearer gat_unknown"), "unknown")).isEqualTo("token_unknown");
        ApiToken token = token(ACME, adminClient().scopes("orders:read"));
        TenantContext.callAs(tenants.find(ACME).orElseThrow(), () -> sessions.revokeAll(token.clientPk()));
        assertThat(reason(() -> http.get(ACME, "/api/v3/orders", "X-Probe", "revoked",
                "Authorization", "Bearer " + token.value()), "revoked")).isEqualTo("token_revoked");
    }

    @Test
    void refusalWhenScopeMissingThenReasonAndSentenceNameTheScopes() {
        ApiToken token = token(ACME, adminClient().scopes("orders:read"));

        probe(token, "POST", "/api/v3/orders", "{\"customerId\":1}", "scope");

        assertThat(recorded("scope")).isEqualTo(new Refusal("missing_scope",
                "needs orders:write; this client has orders:read"));
    }

    @Test
    void refusalWhenRecordNotVisibleThenNotOwnerWhileNonexistentIsNotFound() {
        ApiToken token = token(ACME, customerClient().scopes("orders:read"));

        assertThat(probeReason(token, "GET", "/api/v3/orders/5", null)).isEqualTo("not_owner");
        assertThat(probeReason(token, "GET", "/api/v3/orders/987654", null)).isEqualTo("not_found");
        assertThat(probeReason(token, "GET", "/api/v3/orders/5/lines", null)).isEqualTo("not_owner");
    }

    @Test
    void refusalWhenExcludedFieldUsedThenExcludedFieldWhileUnknownIsInvalid() {
        ApiToken token = token(ACME, customerClient().scopes("orders:read", "orders:write")
                .excludedFields("orderLine.purchasePrice"));

        assertThat(probeReason(token, "GET", "/api/v3/orders/1/lines?purchasePrice=1", null))
                .isEqualTo("excluded_field");
        assertThat(probeReason(token, "GET", "/api/v3/orders/1/lines?sort=purchasePrice", null))
                .isEqualTo("excluded_field");
        assertThat(probeReason(token, "PATCH", "/api/v3/orders/1/lines/1", "{\"purchasePrice\":1}"))
                .isEqualTo("excluded_field");
        assertThat(probeReason(token, "GET", "/api/v3/orders/1/lines?margin=1", null))
                .isEqualTo("invalid_parameter");
        assertThat(probeReason(token, "PATCH", "/api/v3/orders/1/lines/1", "{\"margin\":1}"))
                .isEqualTo("invalid_body");
    }

    @Test
    void refusalWhenNoSuchEndpointOrMethodThenSaidSo() {
        ApiToken token = token(ACME, adminClient().scopes("orders:read"));

        assertThat(probeReason(token, "GET", "/api/v3/secrets", null)).isEqualTo("unknown_endpoint");
        assertThat(probeReason(token, "DELETE", "/api/v3/orders/1", null)).isEqualTo("method_not_allowed");
        assertThat(send(token, "DELETE", "/api/v3/orders/1", null).body())
                .as("the methods this address answers").contains("GET, PATCH only");
    }

    @Test
    void answerWhenGrantedThenNoRefusalKept() {
        ApiToken token = token(ACME, adminClient().scopes("orders:read"));

        probe(token, "GET", "/api/v3/orders/1", null, "granted");

        assertThat(SEEN).doesNotContainKey("granted");
    }

    private String probeReason(ApiToken token, String method, String path, String body) {
        String probe = method + " " + path + " " + System.nanoTime();
        probe(token, method, path, body, probe);
        return recorded(probe).code();
    }

    private void probe(ApiToken token, String method, String path, String body, String probe) {
        var request = http.request(token.tenant(), path).header("Authorization", "Bearer " + token.value())
                .header("X-Probe", probe).method(method, body == null
                        ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        http.send(request);
    }

    private static String reason(Supplier<?> call, String probe) {
        call.get();
        return recorded(probe).code();
    }

    /** The recorder notes a refusal once the response is written, so the client may read it a moment earlier. */
    private static Refusal recorded(String probe) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!SEEN.containsKey(probe) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(SEEN).containsKey(probe);
        return SEEN.get(probe);
    }

    /** Reads the refusal each request left behind, as the request log will. */
    @TestConfiguration
    static class Recorder {

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> refusalRecorder() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                    new OncePerRequestFilter() {
                        @Override
                        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                FilterChain chain) throws ServletException, IOException {
                            chain.doFilter(request, response);
                            Refusal refusal = Refusal.of(request);
                            String probe = request.getHeader("X-Probe");
                            if (refusal != null && probe != null) {
                                SEEN.put(probe, refusal);
                            }
                        }
                    });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
