package io.gatehouse.requestlog;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gatehouse.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Real requests to the running server: each one tied to a client is in the log exactly once, as answered. */
class RequestLogEndToEndTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void requestsWhenTiedToClientThenExactlyOneRowEachWithItsStatusAndPath() {
        HttpResponse<String> untied = http.get(ACME, "/api/v3/orders", "Authorization", "Bearer gat_not-a-token");
        ApiToken token = token(ACME, adminClient().scopes("orders:read"));
        Map<String, HttpResponse<String>> sent = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            String path = switch (i % 3) {
                case 0 -> "/api/v3/orders?limit=2";
                case 1 -> "/api/v3/orders/987654";
                default -> "/api/v3/customers";
            };
            HttpResponse<String> response = get(token, path);
            sent.put(requestId(response), response);
        }
        List<String> ids = new ArrayList<>(sent.keySet());
        LogRows rows = new LogRows(jdbc);

        Eventually.until("a row for each of the 30 requests", () -> rows.count(ACME, ids) >= 30,
                () -> "(rows " + rows.count(ACME, ids) + ")");

        assertThat(rows.ids(ACME, ids)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sent.values()).extracting(HttpResponse::statusCode).contains(200, 404, 403);
        sent.forEach((id, response) -> {
            Map<String, Object> row = rows.row(ACME, id);
            assertThat(row).containsEntry("status", response.statusCode())
                    .containsEntry("path", response.uri().getPath())
                    .containsEntry("client_pk", token.clientPk())
                    .containsEntry("method", "GET");
        });
        assertThat(rows.row(ACME, requestId(untied))).as("a request tied to no client is not logged").isEmpty();
    }

    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow();
    }
}
