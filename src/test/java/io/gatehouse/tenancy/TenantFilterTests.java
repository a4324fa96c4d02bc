package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.TenantHttp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tenant comes from the Host header, over real HTTP. Whatever is wrong with the host, the answer is
 * the same 404, so it never tells which tenants exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TenantFilterTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {
            "nosuchshop.localhost",      // well-formed, unknown tenant
            "localhost",                 // the bare base domain
            "127.0.0.1",                 // an address, no tenant label
            "acme.globex.localhost",     // two labels below the base domain
            "acme-is-a-tenant-label-but-this-one-is-far-too-long-for-any-dns-name.localhost", // > 63 chars
            "acme.example.com",          // another domain altogether
            "acmelocalhost"              // the base domain glued to a label
    })
    void requestWhenHostNamesNoKnownTenantThenFixed404(String host) {
        HttpResponse<String> response = get(host + ":" + port, "/console/login");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(ProblemResponses.NOT_FOUND);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-acme.localhost", "acme..localhost", "a_b.localhost"})
    void requestWhenHostIsNotAHostNameThenRejectedBeforeAnyTenantIsLookedUp(String host) {
        HttpResponse<String> response = get(host + ":" + port, "/console/login");

        // The servlet container refuses the syntax itself, identically whether a tenant of that name exists.
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void requestWhenTenantUnknownThenAnswerIsIdenticalWhateverThePathOrReason() {
        List<HttpResponse<String>> responses = List.of(
                get("nosuchshop.localhost:" + port, "/console"),
                get("nosuchshop.localhost:" + port, "/oauth2/token"),
                get("nosuchshop.localhost:" + port, "/api/v3/orders/1"),
                get("localhost:" + port, "/api/v3/orders/1"),
                get("a.b.localhost:" + port, "/.well-known/oauth-authorization-server"));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(404);
        assertThat(responses).extracting(HttpResponse::body).containsOnly(ProblemResponses.NOT_FOUND);
        assertThat(responses).extracting(r -> r.headers().map().keySet())
                .allSatisfy(names -> assertThat(names).isEqualTo(responses.get(0).headers().map().keySet()));
    }

    @Test
    void requestWhenTenantKnownThenPassesToTheApplication() {
        HttpResponse<String> response = get(TenantHttp.host("acme", port), "/console");

        // Not the tenant filter's 404: the console's security sends the anonymous visitor to its login page.
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/console/login"));
        assertThat(response.body()).isNotEqualTo(ProblemResponses.NOT_FOUND);
    }

    @Test
    void requestWhenHostDiffersOnlyInCaseThenSameTenant() {
        HttpResponse<String> response = get("ACME.LocalHost:" + port, "/console");

        assertThat(response.statusCode()).isEqualTo(302);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "nosuchshop.localhost", "acme.localhost"})
    void healthWhenAnyHostThenUp(String host) {
        HttpResponse<String> response = get(host + ":" + port, "/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> get(String host, String path) {
        TenantHttp http = new TenantHttp(port);
        return http.send(http.request("acme", path).setHeader("Host", host).GET());
    }
}
