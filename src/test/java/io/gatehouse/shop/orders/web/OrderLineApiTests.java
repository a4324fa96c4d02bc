package io.gatehouse.shop.orders.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class OrderLineApiTests extends OrderApiTestSupport {

    @Test
    void listWhenAdminThenLinesOfTheOrder() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read"));
        JsonNode page = ok(get(admin, "/api/v3/orders/1/lines"));
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(idsOf(page.get("items"))).containsExactly(1L, 2L, 3L);
        assertThat(page.get("href").asString()).isEqualTo("/api/v3/orders/1/lines");
        JsonNode cheap = ok(get(admin, "/api/v3/orders/1/lines?price%5Blt%5D=50&sort=-price"));
        assertThat(idsOf(cheap.get("items"))).containsExactly(3L, 2L);
    }

    @Test
    void getWhenAdminThenWholeLine() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read"));
        JsonNode line = ok(get(admin, "/api/v3/orders/1/lines/1"));
        assertThat(properties(line)).containsExactly("id", "productId", "description", "quantity", "price",
                "purchasePrice", "vatRate");
        assertThat(line.get("description").asString()).isEqualTo("iPhone 13 display (OLED)");
        assertThat(line.get("quantity").asInt()).isEqualTo(1);
        assertThat(line.get("price").decimalValue()).isEqualByComparingTo("189.00");
        assertThat(line.get("purchasePrice").decimalValue()).isEqualByComparingTo("92.50");
        assertThat(line.get("vatRate").decimalValue()).isEqualByComparingTo("25.50");
    }

    @Test
    void getWhenLineBelongsToAnotherOrderThenNotFound() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read"));
        assertSameAsNonexistent(get(admin, "/api/v3/orders/2/lines/1"), get(admin, "/api/v3/orders/2/lines/999999"));
    }

    @Test
    void readWhenCustomerClientThenOwnLinesAndOthersAsNonexistent() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read"));
        JsonNode own = ok(get(customer, "/api/v3/orders/1/lines"));
        assertThat(idsOf(own.get("items"))).containsExactly(1L, 2L, 3L);
        own.get("items").forEach(line -> assertThat(line.has("purchasePrice")).isFalse());
        assertThat(ok(get(customer, "/api/v3/orders/1/lines/1")).has("purchasePrice")).isFalse();
        assertSameAsNonexistent(get(customer, "/api/v3/orders/5/lines"), get(customer, "/api/v3/orders/999999/lines"));
        assertSameAsNonexistent(get(customer, "/api/v3/orders/5/lines/11"),
                get(customer, "/api/v3/orders/999999/lines/11"));
        assertSameAsNonexistent(get(customer, "/api/v3/orders/1/lines/11"),
                get(customer, "/api/v3/orders/1/lines/999999"));
    }

    @Test
    void queryWhenExcludedFieldThenAnsweredAsUnknown() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read"));
        assertAnsweredAsUnknown(get(customer, "/api/v3/orders/1/lines?purchasePrice%5Bgte%5D=10"), "purchasePrice",
                get(customer, "/api/v3/orders/1/lines?nothing%5Bgte%5D=10"), "nothing");
        assertAnsweredAsUnknown(get(customer, "/api/v3/orders/1/lines?sort=-purchasePrice"), "purchasePrice",
                get(customer, "/api/v3/orders/1/lines?sort=-nothing"), "nothing");
    }

    @Test
    void createWhenAdminThenLineFromProductAndOrderChanged() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        long order = newOrder(admin, 4, "");
        Instant before = Instant.parse(ok(get(admin, "/api/v3/orders/" + order)).get("updatedAt").asString());
        HttpResponse<String> response = send(admin, "POST", "/api/v3/orders/" + order + "/lines",
                "{\"productId\":2,\"quantity\":2,\"price\":79.00,\"vatRate\":25.5}");
        JsonNode line = created(response);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .endsWith("/api/v3/orders/" + order + "/lines/" + line.get("id").asLong());
        assertThat(line.get("description").asString()).isEqualTo("iPhone 12 battery");
        assertThat(line.get("purchasePrice").decimalValue()).isEqualByComparingTo("24.90");
        assertThat(line.get("quantity").asInt()).isEqualTo(2);
        assertThat(ok(get(admin, "/api/v3/orders/" + order + "/lines/" + line.get("id").asLong()))).isEqualTo(line);
        assertThat(Instant.parse(ok(get(admin, "/api/v3/orders/" + order)).get("updatedAt").asString()))
                .isAfter(before);
        JsonNode labour = created(send(admin, "POST", "/api/v3/orders/" + order + "/lines",
                "{\"description\":\"Diagnosis\",\"quantity\":1,\"price\":\"25\",\"vatRate\":0}"));
        assertThat(labour.get("purchasePrice").decimalValue()).isEqualByComparingTo("0");
        assertThat(labour.has("productId")).isFalse();
    }

    @Test
    void patchWhenAdminThenOnlyGivenFieldsChangeAndOrderChanged() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        long order = newOrder(admin, 5, "");
        long line = created(send(admin, "POST", "/api/v3/orders/" + order + "/lines",
                "{\"productId\":10,\"quantity\":1,\"price\":119,\"vatRate\":25.5}")).get("id").asLong();
        Instant before = Instant.parse(ok(get(admin, "/api/v3/orders/" + order)).get("updatedAt").asString());
        JsonNode patched = ok(send(admin, "PATCH", "/api/v3/orders/" + order + "/lines/" + line,
                "{\"price\":99.50,\"purchasePrice\":50}"));
        assertThat(patched.get("price").decimalValue()).isEqualByComparingTo("99.50");
        assertThat(patched.get("purchasePrice").decimalValue()).isEqualByComparingTo("50");
        assertThat(patched.get("description").asString()).isEqualTo("iPhone 13 rear camera");
        assertThat(patched.get("productId").asLong()).isEqualTo(10);
        assertThat(patched.get("quantity").asInt()).isEqualTo(1);
        assertThat(Instant.parse(ok(get(admin, "/api/v3/orders/" + order)).get("updatedAt").asString()))
                .isAfter(before);
        JsonNode reset = ok(send(admin, "PATCH", "/api/v3/orders/" + order + "/lines/" + line,
                "{\"productId\":null,\"purchasePrice\":null}"));
        assertThat(reset.has("productId")).isFalse();
        assertThat(reset.get("purchasePrice").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void createWhenInvalidThenEveryFieldNamedOnce() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        assertThat(errorFields(send(admin, "POST", "/api/v3/orders/1/lines", "{}")))
                .containsExactlyInAnyOrder("description", "quantity", "price", "vatRate");
        HttpResponse<String> invalid = send(admin, "POST", "/api/v3/orders/1/lines", "{\"productId\":999999,"
                + "\"description\":\"" + "x".repeat(501) + "\",\"quantity\":0,\"price\":-1,\"purchasePrice\":\"abc\","
                + "\"vatRate\":100.5}");
        assertThat(errorFields(invalid)).containsExactlyInAnyOrder("productId", "description", "quantity", "price",
                "purchasePrice", "vatRate");
        assertThat(errorMessage(invalid, "quantity")).isEqualTo("must be a whole number from 1 to 10000");
        HttpResponse<String> nulls = send(admin, "POST", "/api/v3/orders/1/lines",
                "{\"description\":\"Fix\",\"quantity\":null,\"price\":null,\"vatRate\":null}");
        assertThat(errorFields(nulls)).containsExactlyInAnyOrder("quantity", "price", "vatRate");
        assertThat(errorMessage(nulls, "price")).isEqualTo("is required");
    }

    @Test
    void createWhenCustomerClientThenPurchasePriceCannotBeSentAndDefaults() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write"));
        long order = newOrder(admin, 3, "");
        String path = "/api/v3/orders/" + order + "/lines";
        assertAnsweredAsUnknown(send(customer, "POST", path,
                        "{\"productId\":5,\"quantity\":1,\"price\":49,\"vatRate\":25.5,\"purchasePrice\":1}"),
                "purchasePrice", send(customer, "POST", path,
                        "{\"productId\":5,\"quantity\":1,\"price\":49,\"vatRate\":25.5,\"nothing\":1}"), "nothing");
        JsonNode echo = created(send(customer, "POST", path, """
                {"productId":5,"quantity":1,"price":49,"vatRate":25.5}"""));
        assertThat(echo.has("purchasePrice")).isFalse();
        assertThat(ok(get(admin, path + "/" + echo.get("id").asLong())).get("purchasePrice").decimalValue())
                .isEqualByComparingTo("8.70");
        assertSameAsNonexistent(send(customer, "POST", "/api/v3/orders/5/lines", "{\"description\":\"x\"}"),
                send(customer, "POST", "/api/v3/orders/999999/lines", "{\"description\":\"x\"}"));
    }

    @Test
    void patchWhenCustomerClientThenExcludedPurchasePriceUnchanged() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write"));
        long order = newOrder(admin, 1, "");
        long line = created(send(admin, "POST", "/api/v3/orders/" + order + "/lines",
                "{\"description\":\"Part\",\"quantity\":1,\"price\":10,\"purchasePrice\":3.33,\"vatRate\":24}"))
                .get("id").asLong();
        String path = "/api/v3/orders/" + order + "/lines/" + line;
        JsonNode patched = ok(send(customer, "PATCH", path, "{\"quantity\":3,\"description\":\"Part x3\"}"));
        assertThat(patched.get("quantity").asInt()).isEqualTo(3);
        assertThat(patched.has("purchasePrice")).isFalse();
        JsonNode stored = ok(get(admin, path));
        assertThat(stored.get("purchasePrice").decimalValue()).isEqualByComparingTo("3.33");
        assertThat(stored.get("price").decimalValue()).isEqualByComparingTo("10");
        assertThat(stored.get("description").asString()).isEqualTo("Part x3");
        assertAnsweredAsUnknown(send(customer, "PATCH", path, "{\"purchasePrice\":1}"), "purchasePrice",
                send(customer, "PATCH", path, "{\"nothing\":1}"), "nothing");
    }

    @Test
    void patchWhenInvalidOrElsewhereThenRefused() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write"));
        long order = newOrder(admin, 1, "");
        long line = created(send(admin, "POST", "/api/v3/orders/" + order + "/lines",
                "{\"description\":\"Part\",\"quantity\":1,\"price\":10,\"vatRate\":24}")).get("id").asLong();
        String path = "/api/v3/orders/" + order + "/lines/" + line;
        assertThat(errorFields(send(admin, "PATCH", path, "{\"description\":null,\"quantity\":10001,\"price\":null}")))
                .containsExactlyInAnyOrder("description", "quantity", "price");
        assertSameAsNonexistent(send(admin, "PATCH", "/api/v3/orders/1/lines/" + line, "{\"quantity\":2}"),
                send(admin, "PATCH", "/api/v3/orders/1/lines/999999", "{\"quantity\":2}"));
        assertSameAsNonexistent(send(customer, "PATCH", "/api/v3/orders/5/lines/11", "{\"quantity\":2}"),
                send(customer, "PATCH", "/api/v3/orders/999999/lines/11", "{\"quantity\":2}"));
        assertThat(ok(get(admin, "/api/v3/orders/5/lines/11")).get("quantity").asInt()).isEqualTo(1);
    }
}
