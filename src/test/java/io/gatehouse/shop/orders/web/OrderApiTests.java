package io.gatehouse.shop.orders.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** Reading orders: as a whole, in pages, expanded, and only ever what the caller may see. */
class OrderApiTests extends OrderApiTestSupport {

    private static final String[] READ_ALL = { "orders:read", "customers:read", "devices:read" };

    @Test
    void getWhenAdminThenWholeOrder() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read"));
        HttpResponse<String> response = get(admin, "/api/v3/orders/5");
        JsonNode order = ok(response);
        assertThat(properties(order)).containsExactly("id", "customerId", "deviceId", "status", "reference",
                "locationId", "createdAt", "updatedAt");
        assertThat(order.get("customerId").asLong()).isEqualTo(4);
        assertThat(order.get("deviceId").asLong()).isEqualTo(5);
        assertThat(order.get("reference").asString()).isEqualTo("ACME-R2605");
        assertThat(order.get("locationId").asLong()).isEqualTo(1);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void listWhenAdminThenPageNewestChangeFirst() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read"));
        JsonNode page = ok(get(admin, "/api/v3/orders?limit=5"));
        assertThat(page.get("limit").asInt()).isEqualTo(5);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(15);
        assertThat(page.get("items")).hasSize(5);
        List<Instant> updated = page.get("items").valueStream()
                .map(o -> Instant.parse(o.get("updatedAt").asString())).toList();
        assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void listWhenFilteredByStatusThenOnlyThatStatus() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read"));
        JsonNode page = ok(get(admin, "/api/v3/orders?status=CANCELLED&sort=id&limit=100"));
        assertThat(page.get("items").valueStream().map(o -> o.get("status").asString())).containsOnly("CANCELLED");
        assertThat(idsOf(page.get("items"))).contains(15L);
    }

    @Test
    void getWhenExpandedThenRelatedRecordsEmbedded() {
        ApiToken admin = token(ACME, adminClient().scopes(READ_ALL));
        JsonNode order = ok(get(admin, "/api/v3/orders/1?expand=lines,notes,tasks,customer,device"));
        assertThat(idsOf(order.get("lines"))).containsExactly(1L, 2L, 3L);
        assertThat(order.get("lines").get(0).get("purchasePrice").decimalValue()).isEqualByComparingTo("92.50");
        assertThat(idsOf(order.get("notes"))).containsExactly(1L, 2L, 3L);
        assertThat(idsOf(order.get("tasks"))).containsExactly(1L, 2L);
        assertThat(order.get("customer").get("name").asString()).isEqualTo("Acme Northwind Traders");
        assertThat(order.get("device").get("model").asString()).isEqualTo("iPhone 13");
    }

    @Test
    void getWhenCustomerClientThenOwnOrderAndOthersAsNonexistent() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read"));
        assertThat(ok(get(customer, "/api/v3/orders/14")).get("customerId").asLong()).isEqualTo(2);
        assertSameAsNonexistent(get(customer, "/api/v3/orders/5"), get(customer, "/api/v3/orders/999999"));
        assertSameAsNonexistent(get(customer, "/api/v3/orders/5?expand=lines"),
                get(customer, "/api/v3/orders/999999?expand=lines"));
    }

    @Test
    void listWhenCustomerClientThenOnlyOwnedOrdersAndCount() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read"));
        JsonNode page = ok(get(customer, "/api/v3/orders?limit=100"));
        assertThat(page.get("items").valueStream().map(o -> o.get("customerId").asLong())).isNotEmpty()
                .allMatch(OWNED_CUSTOMERS::contains);
        assertThat(idsOf(page.get("items"))).contains(1L, 2L, 3L, 4L, 14L).doesNotContain(5L, 6L, 7L);
        assertThat(page.get("totalItems").asLong()).isEqualTo(page.get("items").size());
        JsonNode others = ok(get(customer, "/api/v3/orders?customerId=4"));
        assertThat(others.get("totalItems").asLong()).isZero();
        assertThat(others.get("items")).isEmpty();
    }

    @Test
    void listWhenCustomerClientExpandsThenOnlyOwnedDataAndNoExcludedField() {
        ApiToken customer = token(ACME, customerClient().scopes(READ_ALL));
        JsonNode page = ok(get(customer, "/api/v3/orders?limit=100&expand=customer,device,lines,notes,tasks"));
        for (JsonNode order : page.get("items")) {
            assertThat(OWNED_CUSTOMERS).contains(order.get("customer").get("id").asLong());
            if (order.has("device")) {
                assertThat(OWNED_CUSTOMERS).contains(order.get("device").get("customerId").asLong());
            }
            order.get("lines").forEach(line -> assertThat(line.has("purchasePrice")).isFalse());
        }
        JsonNode first = page.get("items").valueStream().filter(o -> o.get("id").asLong() == 1).findFirst()
                .orElseThrow();
        assertThat(idsOf(first.get("lines"))).containsExactly(1L, 2L, 3L);
        assertThat(first.get("device").get("id").asLong()).isEqualTo(1);
    }

    @Test
    void expandWhenScopeMissingThenInsufficientScope() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read"));
        HttpResponse<String> response = get(customer, "/api/v3/orders?expand=customer");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .contains("error=\"insufficient_scope\"").contains("scope=\"customers:read\"");
        assertThat(json(response).get("error").asString()).isEqualTo("insufficient_scope");
        assertThat(get(customer, "/api/v3/orders/1?expand=device").statusCode()).isEqualTo(403);
    }

    @Test
    void excludedFieldWhenReadThenAbsentFromEveryView() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write")
                .excludedFields("order.reference", "order.deviceId"));
        assertThat(ok(get(customer, "/api/v3/orders/1")).has("reference")).isFalse();
        ok(get(customer, "/api/v3/orders")).get("items").forEach(o -> assertThat(o.has("reference")).isFalse());
        JsonNode echo = created(send(customer, "POST", "/api/v3/orders", "{}"));
        assertThat(properties(echo)).containsExactly("id", "customerId", "status", "createdAt", "updatedAt");
        assertThat(ok(send(customer, "PATCH", "/api/v3/orders/" + echo.get("id").asLong(), "{\"status\":\"READY\"}"))
                .has("reference")).isFalse();
    }

    @Test
    void expandWhenLinkFieldExcludedThenRelatedRecordNotEmbedded() {
        ApiToken customer = token(ACME, customerClient().scopes(READ_ALL)
                .excludedFields("order.deviceId", "order.customerId"));
        JsonNode order = ok(get(customer, "/api/v3/orders/1?expand=device,customer,lines"));
        assertThat(properties(order)).doesNotContain("deviceId", "device", "customerId", "customer")
                .contains("lines");
    }

    @Test
    void excludedFieldWhenFilteredSortedOrWrittenThenAnsweredAsUnknown() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write")
                .excludedFields("order.reference"));
        assertAnsweredAsUnknown(get(customer, "/api/v3/orders?reference=ACME-R2601"), "reference",
                get(customer, "/api/v3/orders?nothing=ACME-R2601"), "nothing");
        assertAnsweredAsUnknown(get(customer, "/api/v3/orders?reference%5Bgte%5D=A"), "reference",
                get(customer, "/api/v3/orders?nothing%5Bgte%5D=A"), "nothing");
        assertAnsweredAsUnknown(get(customer, "/api/v3/orders?sort=-reference"), "reference",
                get(customer, "/api/v3/orders?sort=-nothing"), "nothing");
        assertAnsweredAsUnknown(get(customer, "/api/v3/orders/1?reference=x"), "reference",
                get(customer, "/api/v3/orders/1?nothing=x"), "nothing");
        assertAnsweredAsUnknown(send(customer, "POST", "/api/v3/orders", "{\"reference\":\"R-1\"}"), "reference",
                send(customer, "POST", "/api/v3/orders", "{\"nothing\":\"R-1\"}"), "nothing");
        assertAnsweredAsUnknown(send(customer, "PATCH", "/api/v3/orders/1", "{\"reference\":\"R-1\"}"), "reference",
                send(customer, "PATCH", "/api/v3/orders/1", "{\"nothing\":\"R-1\"}"), "nothing");
    }

    @Test
    void getWhenOtherTenantThenItsOwnOrdersOnly() {
        ApiToken acme = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        ApiToken globex = token(GLOBEX, adminClient().scopes("orders:read"));
        long id = newOrder(acme, 1, "\"reference\":\"ACME-ONLY\"");
        assertSameAsNonexistent(get(globex, "/api/v3/orders/" + id), get(globex, "/api/v3/orders/999999"));
        assertThat(ok(get(globex, "/api/v3/orders?reference=ACME-ONLY")).get("totalItems").asLong()).isZero();
        assertThat(ok(get(globex, "/api/v3/orders/1")).get("reference").asString()).doesNotStartWith("ACME");
    }
}
