package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.ScrapedMetrics;

import org.junit.jupiter.api.Test;

/**
 * {@code http.server.requests} as an operator scrapes it: the authorization server's endpoints under their own
 * paths, answered or refused, rather than lumped together as {@code uri="UNKNOWN"}.
 */
class EndpointMetricsTests extends AuthServerTestSupport {

    @Test
    void prometheusWhenTokenIntrospectionAndRevocationRequestsThenCountedUnderTheirPaths() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String before = scrape();

        String token = issueToken(ACME, client);
        assertThat(tokenBasic(ACME, client.client().clientId(), "wrong-secret", "grant_type", "client_credentials")
                .statusCode()).isEqualTo(401);
        assertThat(active(ACME, client, token)).isTrue();
        assertThat(revoke(ACME, client, token).statusCode()).isEqualTo(200);
        assertThat(http.get(ACME, "/oauth2/jwks").statusCode()).isEqualTo(404);
        String after = scrape();

        assertThat(count(after, "/oauth2/token", "200") - count(before, "/oauth2/token", "200")).isEqualTo(1);
        assertThat(count(after, "/oauth2/token", "401") - count(before, "/oauth2/token", "401")).isEqualTo(1);
        assertThat(count(after, "/oauth2/introspect", "200") - count(before, "/oauth2/introspect", "200"))
                .isEqualTo(1);
        assertThat(count(after, "/oauth2/revoke", "200") - count(before, "/oauth2/revoke", "200")).isEqualTo(1);
        assertThat(after).as("an unserved path keeps Spring's tag, not its own")
                .doesNotContain("uri=\"/oauth2/jwks\"").contains("uri=\"NOT_FOUND\"");
    }

    private String scrape() {
        HttpResponse<String> metrics = http.get(ACME, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics.body();
    }

    /** The requests counted with this path and status, in the scraped text. */
    private static long count(String metrics, String uri, String status) {
        return (long) ScrapedMetrics.sum(metrics, "http_server_requests_seconds_count", "uri=\"" + uri + "\"",
                "status=\"" + status + "\"");
    }
}
