package io.gatehouse.shop.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** What the order tests share: making their own orders, and reading what the API answered. */
abstract class OrderApiTestSupport extends ApiTestSupport {

    /** Customer 1 and its children 2 and 3: what {@code customerClient()} sees. */
    static final Set<Long> OWNED_CUSTOMERS = Set.of(1L, 2L, 3L);

    /** A new order of the customer, made by an Admin client holding orders:write: tests change only their own. */
    long newOrder(ApiToken admin, long customerId, String extraJson) {
        HttpResponse<String> response = send(admin, "POST", "/api/v3/orders",
                "{\"customerId\":" + customerId + (extraJson.isEmpty() ? "" : "," + extraJson) + "}");
        return created(response).get("id").asLong();
    }

    static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    static Set<String> properties(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    static List<Long> idsOf(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    /** The fields a 400 names, in order, one entry per error. */
    static List<String> errorFields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    static String errorMessage(HttpResponse<String> response, String field) {
        for (JsonNode error : json(response).get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("No error for " + field + " in " + response.body());
    }

    /** A record the caller may not see answers exactly like one that does not exist. */
    static void assertSameAsNonexistent(HttpResponse<String> notTheirs, HttpResponse<String> nonexistent) {
        assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(404);
        assertThat(nonexistent.statusCode()).isEqualTo(404);
        assertThat(notTheirs.body()).isEqualTo(nonexistent.body()).isEqualTo(ProblemResponses.NOT_FOUND);
        assertThat(notTheirs.headers().map().keySet()).isEqualTo(nonexistent.headers().map().keySet());
    }

    /** An excluded field is answered as a field that does not exist, word for word. */
    static void assertAnsweredAsUnknown(HttpResponse<String> hidden, String hiddenName, HttpResponse<String> unknown,
            String unknownName) {
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(hidden.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(hidden.body().replace(hiddenName, "FIELD")).isEqualTo(unknown.body().replace(unknownName, "FIELD"));
    }
}
