package io.gatehouse.access;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.gatehouse.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An excluded field ({@code orderLine.purchasePrice}, {@code customer.email}) never reaches the client, through
 * any channel, and no request shaped around it tells it apart from a field that does not exist.
 */
class ExcludedFieldChannelsTests extends ApiTestSupport {

    private static final String SECRET_PRICE = "4.37";

    private ApiToken admin;
    private ApiToken customer;
    private String order;
    private String line;

    @BeforeEach
    void orderWithLine() {
        admin = token(ACME, adminClient().scopes("orders:read", "orders:write", "customers:read", "customers:write"));
        customer = token(ACME, customerClient().scopes("orders:read", "orders:write", "customers:read",
                "customers:write").excludedFields("orderLine.purchasePrice", "customer.email"));
        order = id(send(admin, "POST", "/api/v3/orders", "{\"customerId\":2}"));
        line = id(send(admin, "POST", "/api/v3/orders/" + order + "/lines", """
                {"description":"Display","quantity":1,"price":99.00,"purchasePrice":%s,"vatRate":25.5}"""
                .formatted(SECRET_PRICE)));
    }

    @Test
    void readWhenFieldExcludedThenAbsentFromGetListNestedAndExpanded() {
        List<JsonNode> seen = new ArrayList<>();
        seen.add(ok(get(customer, lines() + "/" + line)));
        seen.addAll(items(ok(get(customer, lines()))));
        seen.addAll(list(ok(get(customer, "/api/v3/orders/" + order + "?expand=lines")).get("lines")));
        for (JsonNode listed : items(ok(get(customer, "/api/v3/orders?customerId=2&limit=100&expand=lines")))) {
            seen.addAll(list(listed.get("lines")));
        }

        assertThat(seen).hasSizeGreaterThanOrEqualTo(4).allSatisfy(json -> {
            assertThat(json.has("purchasePrice")).as(json.toString()).isFalse();
            assertThat(json.has("price")).as(json.toString()).isTrue();
        });
        assertThat(ok(get(admin, lines() + "/" + line)).get("purchasePrice").decimalValue())
                .isEqualByComparingTo(SECRET_PRICE);
    }

    @Test
    void writeWhenFieldExcludedThenEchoOmitsItAndStoredValueIsKept() {
        HttpResponse<String> created = send(customer, "POST", lines(),
                "{\"description\":\"Battery\",\"quantity\":1,\"price\":20.00,\"vatRate\":25.5}");
        HttpResponse<String> patched = send(customer, "PATCH", lines() + "/" + line, "{\"quantity\":3}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).has("purchasePrice")).isFalse();
        assertThat(ok(patched).has("purchasePrice")).isFalse();
        assertThat(ok(patched).get("quantity").asInt()).isEqualTo(3);
        JsonNode stored = ok(get(admin, lines() + "/" + line));
        assertThat(stored.get("purchasePrice").decimalValue()).isEqualByComparingTo(SECRET_PRICE);
        assertThat(stored.get("quantity").asInt()).isEqualTo(3);
    }

    @Test
    void replaceWhenFieldExcludedThenStoredValueIsKept() {
        String child = id(send(admin, "POST", "/api/v3/customers",
                "{\"name\":\"Branch\",\"parentId\":1,\"email\":\"kept@example.com\"}"));

        HttpResponse<String> replaced = send(customer, "PUT", "/api/v3/customers/" + child,
                "{\"name\":\"Renamed branch\",\"parentId\":1}");

        assertThat(ok(replaced).has("email")).isFalse();
        JsonNode stored = ok(get(admin, "/api/v3/customers/" + child));
        assertThat(stored.get("name").asString()).isEqualTo("Renamed branch");
        assertThat(stored.get("email").asString()).isEqualTo("kept@example.com");
    }

    @Test
    void filterWhenFieldExcludedThenAnsweredAsUnknownField() {
        assertSameAsUnknown(get(customer, lines() + "?purchasePrice[lt]=5"),
                get(customer, lines() + "?nosuchfield[lt]=5"), "purchasePrice", "nosuchfield");
        assertSameAsUnknown(get(customer, lines() + "?purchasePrice=" + SECRET_PRICE),
                get(customer, lines() + "?nosuchfield=" + SECRET_PRICE), "purchasePrice", "nosuchfield");
        assertSameAsUnknown(get(customer, "/api/v3/customers?email=x"), get(customer, "/api/v3/customers?mail=x"),
                "email", "mail");
        assertThat(get(admin, lines() + "?purchasePrice[lt]=5").statusCode()).isEqualTo(200);
    }

    @Test
    void sortWhenFieldExcludedThenAnsweredAsUnknownField() {
        assertSameAsUnknown(get(customer, lines() + "?sort=-purchasePrice"),
                get(customer, lines() + "?sort=-nosuchfield"), "purchasePrice", "nosuchfield");
        assertThat(get(admin, lines() + "?sort=-purchasePrice").statusCode()).isEqualTo(200);
    }

    @Test
    void writeWhenBodyNamesExcludedFieldThenAnsweredAsUnknownField() {
        String excluded = "{\"description\":\"X\",\"quantity\":1,\"price\":1,\"vatRate\":0,\"purchasePrice\":1}";
        String unknown = "{\"description\":\"X\",\"quantity\":1,\"price\":1,\"vatRate\":0,\"nosuchfield\":1}";

        assertSameAsUnknown(send(customer, "POST", lines(), excluded), send(customer, "POST", lines(), unknown),
                "purchasePrice", "nosuchfield");
        assertSameAsUnknown(send(customer, "PATCH", lines() + "/" + line, "{\"purchasePrice\":1}"),
                send(customer, "PATCH", lines() + "/" + line, "{\"nosuchfield\":1}"), "purchasePrice", "nosuchfield");
        assertThat(ok(get(admin, lines() + "/" + line)).get("purchasePrice").decimalValue())
                .isEqualByComparingTo(SECRET_PRICE);
    }

    private String lines() {
        return "/api/v3/orders/" + order + "/lines";
    }

    /** The same status, headers and words, once the two field names are swapped; never the hidden value. */
    private static void assertSameAsUnknown(HttpResponse<String> excluded, HttpResponse<String> unknown,
            String excludedName, String unknownName) {
        assertThat(excluded.statusCode()).as(excluded.body()).isEqualTo(400).isEqualTo(unknown.statusCode());
        assertThat(excluded.body()).isEqualTo(unknown.body().replace(unknownName, excludedName));
        assertThat(excluded.headers().map().keySet()).isEqualTo(unknown.headers().map().keySet());
        assertThat(excluded.body()).doesNotContain(SECRET_PRICE);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static String id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    private static List<JsonNode> items(JsonNode page) {
        return list(page.get("items"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
