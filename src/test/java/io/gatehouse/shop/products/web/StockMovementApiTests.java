package io.gatehouse.shop.products.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantJdbc;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stock movements change seeded products that other tests read too: each test asserts changes relative to
 * the stock it read first, and a test that takes stock below zero puts it back.
 */
class StockMovementApiTests extends ApiTestSupport {

    private static final String MOVEMENTS = "/api/v3/products/12/stock-movements";

    @Autowired
    private TenantJdbc jdbc;

    @Test
    void postWhenAdminThenCreatedWithLocationAndChangedStock() {
        ApiToken admin = token(ACME, adminClient().scopes("products:read", "stock:write"));
        JsonNode before = json(get(admin, "/api/v3/products/12"));

        HttpResponse<String> response = send(admin, "POST", MOVEMENTS,
                "{\"quantityDelta\": -3, \"reason\": \"Used in the workshop\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v3/products/12"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode moved = json(response);
        assertThat(moved.get("id").asLong()).isEqualTo(12);
        assertThat(moved.get("sku").asString()).isEqualTo("PASTE-TH");
        assertThat(moved.get("stockQuantity").asInt()).isEqualTo(before.get("stockQuantity").asInt() - 3);
        assertThat(Instant.parse(moved.get("updatedAt").asString()))
                .isAfter(Instant.parse(before.get("updatedAt").asString()));

        JsonNode after = json(get(admin, "/api/v3/products/12"));
        assertThat(after.get("stockQuantity").asInt()).isEqualTo(before.get("stockQuantity").asInt() - 3);
        assertThat(after.get("updatedAt").asString()).isEqualTo(moved.get("updatedAt").asString());
    }

    @Test
    void postWhenMovementsAtOnceThenEveryOneCountsAndLedgerAddsUpToStock() throws Exception {
        ApiToken admin = token(ACME, adminClient().scopes("products:read", "stock:write"));
        int stock = json(get(admin, "/api/v3/products/12")).get("stockQuantity").asInt();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                responses.add(pool.submit(() -> send(admin, "POST", MOVEMENTS,
                        "{\"quantityDelta\": 2, \"reason\": \"Parallel delivery\"}")));
            }
            for (Future<HttpResponse<String>> response : responses) {
                assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(json(get(admin, "/api/v3/products/12")).get("stockQuantity").asInt()).isEqualTo(stock + 48);
        assertThat(ledgerSum(12)).isEqualTo(stock + 48);
    }

    @Test
    void postWhenMovementTakesStockBelowZeroThenAcceptedAsBackOrder() {
        ApiToken admin = token(ACME, adminClient().scopes("products:read", "stock:write"));
        int stock = json(get(admin, "/api/v3/products/12")).get("stockQuantity").asInt();

        HttpResponse<String> response = send(admin, "POST", MOVEMENTS,
                "{\"quantityDelta\": " + -(stock + 5) + ", \"reason\": \"Back order for a fleet customer\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).get("stockQuantity").asInt()).isEqualTo(-5);

        HttpResponse<String> restock = send(admin, "POST", MOVEMENTS,
                "{\"quantityDelta\": " + (stock + 5) + ", \"reason\": \"Delivery from supplier\"}");
        assertThat(json(restock).get("stockQuantity").asInt()).isEqualTo(stock);
    }

    @Test
    void postWhenStockQuantityExcludedThenEchoWithoutItAndStockStillChanged() {
        ApiToken admin = token(ACME, adminClient().scopes("products:read", "stock:write"));
        ApiToken hidden = token(ACME, customerClient().scopes("products:read", "stock:write")
                .excludedFields("product.stockQuantity", "product.purchasePrice"));
        int stock = json(get(admin, "/api/v3/products/12")).get("stockQuantity").asInt();

        HttpResponse<String> response = send(hidden, "POST", MOVEMENTS,
                "{\"quantityDelta\": 7, \"reason\": \"Returned unused\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode echo = json(response);
        assertThat(echo.has("stockQuantity")).isFalse();
        assertThat(echo.has("purchasePrice")).isFalse();
        assertThat(echo.get("sku").asString()).isEqualTo("PASTE-TH");
        assertThat(json(get(admin, "/api/v3/products/12")).get("stockQuantity").asInt()).isEqualTo(stock + 7);
    }

    @Test
    void postWhenBodyInvalidThenEachFieldNamedAndStockUnchanged() {
        ApiToken admin = token(ACME, adminClient().scopes("products:read", "stock:write"));
        int stock = json(get(admin, "/api/v3/products/12")).get("stockQuantity").asInt();

        assertErrors(admin, "{}", "quantityDelta", "reason");
        assertErrors(admin, "{\"quantityDelta\": null, \"reason\": \" \"}", "quantityDelta", "reason");
        assertErrors(admin, "{\"quantityDelta\": 0, \"reason\": \"Nothing\"}", "quantityDelta");
        assertErrors(admin, "{\"quantityDelta\": 100001, \"reason\": \"Too many\"}", "quantityDelta");
        assertErrors(admin, "{\"quantityDelta\": -100001, \"reason\": \"Too many\"}", "quantityDelta");
        assertErrors(admin, "{\"quantityDelta\": \"3\", \"reason\": \"Text\"}", "quantityDelta");
        assertErrors(admin, "{\"quantityDelta\": 1.5, \"reason\": \"Half\"}", "quantityDelta");
        assertErrors(admin, "{\"quantityDelta\": 1, \"reason\": \"" + "x".repeat(201) + "\"}", "reason");
        assertErrors(admin, "{\"quantityDelta\": 1, \"reason\": 5}", "reason");
        assertErrors(admin, "{\"quantityDelta\": 1, \"reason\": \"Set\", \"stockQuantity\": 9}", "stockQuantity");

        assertThat(json(get(admin, "/api/v3/products/12")).get("stockQuantity").asInt()).isEqualTo(stock);
    }

    @Test
    void postWhenBoundaryDeltaThenAccepted() {
        ApiToken admin = token(ACME, adminClient().scopes("stock:write"));
        HttpResponse<String> up = send(admin, "POST", MOVEMENTS, "{\"quantityDelta\": 100000, \"reason\": \"Bulk\"}");
        HttpResponse<String> down = send(admin, "POST", MOVEMENTS,
                "{\"quantityDelta\": -100000, \"reason\": \"Bulk correction\"}");
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        assertThat(down.statusCode()).as(down.body()).isEqualTo(201);
        assertThat(json(down).get("stockQuantity").asInt()).isEqualTo(json(up).get("stockQuantity").asInt() - 100000);
    }

    @Test
    void postWhenNoSuchProductThenNotFound() {
        ApiToken admin = token(ACME, adminClient().scopes("stock:write"));
        HttpResponse<String> response = send(admin, "POST", "/api/v3/products/999999/stock-movements",
                "{\"quantityDelta\": 1, \"reason\": \"Delivery\"}");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(ProblemResponses.NOT_FOUND);
    }

    @Test
    void postWhenScopeMissingThenForbiddenNamingIt() {
        ApiToken reader = token(ACME, adminClient().scopes("products:read"));
        HttpResponse<String> response = send(reader, "POST", MOVEMENTS, "{\"quantityDelta\": 1, \"reason\": \"x\"}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("scope").asString()).isEqualTo("stock:write");
    }

    /** The sum of the product's stock movements, which the seed and every movement keep equal to its stock. */
    private int ledgerSum(long productId) {
        return TenantContext.callAs(tenants.find(ACME).orElseThrow(), () -> jdbc.sql("""
                select coalesce(sum(quantity_delta), 0) from stock_movement
                where tenant_id = :tenant and product_id = :product""")
                .param("product", productId).query(Integer.class).single());
    }

    private void assertErrors(ApiToken token, String body, String... fields) {
        HttpResponse<String> response = send(token, "POST", MOVEMENTS, body);
        assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        List<String> named = new ArrayList<>();
        json(response).get("errors").forEach(error -> named.add(error.get("field").asString()));
        assertThat(named).as(response.body()).containsExactly(fields);
    }
}
