package io.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.gatehouse.support.TenantHttp;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Probes and metrics answer on any host without a login; the other actuator endpoints stay closed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ActuatorSecurityTests {

    @LocalServerPort
    int port;

    @Test
    void healthWhenLoadBalancerProbesThenUpWithoutLoginOrSession() {
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(liveness.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void prometheusWhenScrapedThenMetricsWithoutLogin() {
        HttpResponse<String> response = get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void prometheusWhenRequestsServedThenEachMeasuredOnceAndNotPerSecurityFilter() {
        get("/actuator/health");

        String metrics = get("/actuator/prometheus").body();

        assertThat(metrics).contains("http_server_requests_seconds_count");
        assertThat(metrics).doesNotContain("spring_security_filterchains")
                .doesNotContain("spring_security_authentications")
                .doesNotContain("spring_security_authorizations");
    }

    @Test
    void otherActuatorEndpointsWhenRequestedThenRefused() {
        assertThat(get("/actuator/env").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path) {
        TenantHttp http = new TenantHttp(port);
        return http.send(http.request("acme", path).setHeader("Host", "localhost:" + port).GET());
    }
}
