package io.gatehouse.access;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole policy, endpoint by endpoint: every endpoint of the {@link ScopeCatalogue} is called with no token,
 * with a token lacking its scope, by an Admin client, by a Customer client on a record it owns and on one it
 * does not, and with a token of the other tenant (whose seeded records have the same ids).
 */
class PolicyMatrixTests extends ApiTestSupport {

    /** What a Customer client gets for a record of a customer it does not own. */
    enum Other {
        /** 404, byte for byte the answer for a nonexistent id. */
        NOT_FOUND,
        /** 200, and the filter on the other customer finds nothing. */
        EMPTY_LIST,
        /** 400 naming the field that names the other customer, as for a nonexistent one. */
        INVALID_FIELD,
        /** The resource is not owned by customers: the same success as for an Admin client. */
        SAME,
        /** Never granted to a Customer client: 403. */
        FORBIDDEN
    }

    /**
     * @param owned     path (with {placeholders}) on a record the Customer client owns
     * @param other     path on another customer's record
     * @param body      the JSON body of a write to the owned path
     * @param otherBody the body for the other path (naming another customer), or the same
     */
    record Probe(String owned, String body, String other, String otherBody, Other expect, String field) {

        static Probe read(String owned, String other, Other expect) {
            return new Probe(owned, null, other, null, expect, null);
        }

        static Probe write(String owned, String other, String body) {
            return new Probe(owned, body, other, body, Other.NOT_FOUND, null);
        }

        static Probe create(String path, String body, String otherBody, String field) {
            return new Probe(path, body, path, otherBody, Other.INVALID_FIELD, field);
        }
    }

    private static final Map<String, Probe> PROBES = new LinkedHashMap<>();

    static {
        probe("GET /customers", Probe.read("/customers?id={ownedCustomer}", "/customers?id=4", Other.EMPTY_LIST));
        probe("GET /customers/{id}", Probe.read("/customers/2", "/customers/4", Other.NOT_FOUND));
        probe("GET /customers/{id}/children", Probe.read("/customers/1/children", "/customers/6/children",
                Other.NOT_FOUND));
        probe("POST /customers", Probe.create("/customers", "{\"name\":\"Matrix child\",\"parentId\":1}",
                "{\"name\":\"Matrix child\",\"parentId\":4}", "parentId"));
        probe("PUT /customers/{id}", Probe.write("/customers/{ownedCustomer}", "/customers/{otherCustomer}",
                "{\"name\":\"Matrix child\",\"parentId\":1}"));
        probe("PATCH /customers/{id}", Probe.write("/customers/{ownedCustomer}", "/customers/{otherCustomer}",
                "{\"phone\":\"+358 40 000 0000\"}"));
        probe("GET /orders", Probe.read("/orders?customerId=2", "/orders?customerId=4", Other.EMPTY_LIST));
        probe("GET /orders/{id}", Probe.read("/orders/{ownedOrder}?expand=lines,customer",
                "/orders/{otherOrder}?expand=lines,customer", Other.NOT_FOUND));
        probe("GET /orders/{id}/lines", Probe.read("/orders/{ownedOrder}/lines", "/orders/{otherOrder}/lines",
                Other.NOT_FOUND));
        probe("GET /orders/{id}/lines/{lineId}", Probe.read("/orders/{ownedOrder}/lines/{ownedLine}",
                "/orders/{otherOrder}/lines/{otherLine}", Other.NOT_FOUND));
        probe("GET /orders/{id}/notes", Probe.read("/orders/1/notes", "/orders/5/notes", Other.NOT_FOUND));
        probe("GET /orders/{id}/tasks", Probe.read("/orders/1/tasks", "/orders/5/tasks", Other.NOT_FOUND));
        probe("POST /orders", Probe.create("/orders", "{\"customerId\":2}", "{\"customerId\":4}", "customerId"));
        probe("PATCH /orders/{id}", Probe.write("/orders/{ownedOrder}", "/orders/{otherOrder}",
                "{\"reference\":\"MATRIX\"}"));
        probe("POST /orders/{id}/lines", Probe.write("/orders/{ownedOrder}/lines", "/orders/{otherOrder}/lines",
                "{\"description\":\"Matrix\",\"quantity\":1,\"price\":1.00,\"vatRate\":25.5}"));
        probe("PATCH /orders/{id}/lines/{lineId}", Probe.write("/orders/{ownedOrder}/lines/{ownedLine}",
                "/orders/{otherOrder}/lines/{otherLine}", "{\"quantity\":2}"));
        probe("POST /orders/{id}/notes", Probe.write("/orders/{ownedOrder}/notes", "/orders/{otherOrder}/notes",
                "{\"type\":\"ISSUE\",\"text\":\"Matrix\"}"));
        probe("GET /devices", Probe.read("/devices?customerId=2", "/devices?customerId=4", Other.EMPTY_LIST));
        probe("GET /devices/{id}", Probe.read("/devices/2", "/devices/5", Other.NOT_FOUND));
        probe("POST /devices", Probe.create("/devices", "{\"customerId\":2,\"brand\":\"Apple\",\"model\":\"iPhone 13\"}",
                "{\"customerId\":4,\"brand\":\"Apple\",\"model\":\"iPhone 13\"}", "customerId"));
        probe("GET /invoices", Probe.read("/invoices?customerId=3", "/invoices?customerId=5", Other.EMPTY_LIST));
        probe("GET /invoices/{id}", Probe.read("/invoices/1", "/invoices/3", Other.NOT_FOUND));
        probe("GET /products", Probe.read("/products", "/products", Other.SAME));
        probe("GET /products/{id}", Probe.read("/products/1", "/products/2", Other.SAME));
        probe("POST /products/{id}/stock-movements", new Probe("/products/1/stock-movements",
                "{\"quantityDelta\":1,\"reason\":\"Matrix\"}", "/products/2/stock-movements",
                "{\"quantityDelta\":1,\"reason\":\"Matrix\"}", Other.SAME, null));
        probe("GET /locations", Probe.read("/locations", "/locations", Other.SAME));
        probe("GET /locations/{id}", Probe.read("/locations/1", "/locations/2", Other.SAME));
        probe("GET /statuses", Probe.read("/statuses", "/statuses", Other.SAME));
        probe("GET /statuses/{id}", Probe.read("/statuses/1", "/statuses/2", Other.SAME));
        probe("GET /users", Probe.read("/users", "/users", Other.FORBIDDEN));
        probe("GET /users/{id}", Probe.read("/users/1", "/users/2", Other.FORBIDDEN));
    }

    private static void probe(String endpoint, Probe probe) {
        PROBES.put(endpoint.replaceFirst(" ", " " + Endpoint.API_PREFIX), probe);
    }

    private final Map<String, String> fixtures = new LinkedHashMap<>();

    @Test
    void probesWhenCatalogueListedThenEveryEndpointHasExactlyOne() {
        List<String> catalogue = ScopeCatalogue.endpoints().stream().map(Endpoint::toString).toList();
        assertThat(PROBES.keySet()).containsExactlyInAnyOrderElementsOf(catalogue);
    }

    @TestFactory
    Stream<DynamicContainer> everyEndpointUnderEveryKindOfCaller() {
        List<String> nonAdminScopes = ScopeCatalogue.all().stream().filter(s -> !s.adminOnly()).map(Scope::name)
                .toList();
        List<String> allScopes = ScopeCatalogue.all().stream().map(Scope::name).toList();
        ApiToken admin = token(ACME, adminClient().scopes(allScopes.toArray(String[]::new)));
        ApiToken customer = token(ACME, customerClient().scopes(nonAdminScopes.toArray(String[]::new))
                .excludedFields());
        ApiToken globexToken = token(GLOBEX, adminClient().scopes(allScopes.toArray(String[]::new)));
        ApiToken globex = new ApiToken(ACME, globexToken.value(), globexToken.client()); // sent to acme
        createFixtures(admin);
        Map<String, ApiToken> lacking = new LinkedHashMap<>();
        for (String scope : allScopes) {
            List<String> others = new ArrayList<>(allScopes);
            others.remove(scope);
            lacking.put(scope, token(ACME, adminClient().scopes(others.toArray(String[]::new))));
        }
        return ScopeCatalogue.all().stream().flatMap(scope -> scope.endpoints().stream().map(endpoint -> {
            Probe probe = PROBES.get(endpoint.toString());
            String method = endpoint.method();
            return DynamicContainer.dynamicContainer(endpoint.toString(), Stream.of(
                    DynamicTest.dynamicTest("no token", () -> assertNoToken(
                            call(null, method, probe.owned(), probe.body()))),
                    DynamicTest.dynamicTest("token lacking " + scope.name(), () -> assertMissingScope(
                            call(lacking.get(scope.name()), method, probe.owned(), probe.body()), scope.name())),
                    DynamicTest.dynamicTest("admin client", () -> assertSuccess(
                            call(admin, method, probe.owned(), probe.body()), method, probe)),
                    DynamicTest.dynamicTest("customer client, own record", () -> assertOwned(
                            call(customer, method, probe.owned(), probe.body()), method, probe, scope.name())),
                    DynamicTest.dynamicTest("customer client, other customer's record", () -> assertOther(
                            call(customer, method, probe.other(), probe.otherBody()), customer, method, probe,
                            scope.name())),
                    DynamicTest.dynamicTest("client of the other tenant", () -> assertOtherTenant(
                            call(globex, method, probe.owned(), probe.body())))));
        }));
    }

    private void createFixtures(ApiToken admin) {
        fixtures.put("ownedCustomer", created(admin, "/customers", "{\"name\":\"Matrix owned\",\"parentId\":1}"));
        fixtures.put("otherCustomer", created(admin, "/customers", "{\"name\":\"Matrix other\"}"));
        fixtures.put("ownedOrder", created(admin, "/orders", "{\"customerId\":2}"));
        fixtures.put("otherOrder", created(admin, "/orders", "{\"customerId\":4}"));
        String line = "{\"description\":\"Matrix\",\"quantity\":1,\"price\":10.00,\"purchasePrice\":4.00,\"vatRate\":25.5}";
        fixtures.put("ownedLine", created(admin, "/orders/" + fixtures.get("ownedOrder") + "/lines", line));
        fixtures.put("otherLine", created(admin, "/orders/" + fixtures.get("otherOrder") + "/lines", line));
    }

    private String created(ApiToken admin, String path, String body) {
        HttpResponse<String> response = send(admin, "POST", Endpoint.API_PREFIX + path, body);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    private HttpResponse<String> call(ApiToken token, String method, String path, String body) {
        String resolved = path;
        for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
            resolved = resolved.replace("{" + fixture.getKey() + "}", fixture.getValue());
        }
        resolved = Endpoint.API_PREFIX + resolved;
        if (token == null) {
            return http.send(http.request(ACME, resolved).method(method, body == null
                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
        }
        return send(token, method, resolved, body);
    }

    private static void assertNoToken(HttpResponse<String> response) {
        assertProblem(response, 401);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"acme\"");
        assertThat(json(response).has("error")).isFalse();
    }

    private static void assertMissingScope(HttpResponse<String> response, String scope) {
        assertProblem(response, 403);
        assertThat(response.headers().allValues("WWW-Authenticate")).singleElement().satisfies(challenge ->
                assertThat(challenge).startsWith("Bearer realm=\"acme\", error=\"insufficient_scope\"")
                        .endsWith("scope=\"" + scope + "\""));
        JsonNode body = json(response);
        assertThat(body.get("error").asString()).isEqualTo("insufficient_scope");
        assertThat(body.get("scope").asString()).isEqualTo(scope);
    }

    private static void assertSuccess(HttpResponse<String> response, String method, Probe probe) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(method.equals("POST") ? 201 : 200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        JsonNode body = json(response);
        assertThat(body.has("id") || body.has("items")).as(response.body()).isTrue();
        // A note has no address of its own (notes are read as the order's list), so it gets no Location.
        if (method.equals("POST") && !probe.owned().endsWith("/notes")) {
            assertThat(response.headers().firstValue("Location")).isPresent();
        }
    }

    private static void assertOwned(HttpResponse<String> response, String method, Probe probe, String scope) {
        if (probe.expect() == Other.FORBIDDEN) {
            assertMissingScope(response, scope);
            return;
        }
        assertSuccess(response, method, probe);
        JsonNode body = json(response);
        if (body.has("items")) {
            assertThat(body.get("totalItems").asLong()).as(response.body()).isPositive();
        }
    }

    private void assertOther(HttpResponse<String> response, ApiToken customer, String method, Probe probe,
            String scope) {
        switch (probe.expect()) {
            case NOT_FOUND -> {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
                HttpResponse<String> nonexistent = call(customer, method,
                        probe.other().replaceAll("/(\\d+|\\{\\w+})(?=/|\\?|$)", "/987654321"), probe.otherBody());
                assertThat(response.body()).isEqualTo(nonexistent.body()).isEqualTo(ProblemResponses.NOT_FOUND);
                assertThat(response.headers().map().keySet()).isEqualTo(nonexistent.headers().map().keySet());
                assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
            }
            case EMPTY_LIST -> {
                assertSuccess(response, method, probe);
                assertThat(json(response).get("totalItems").asLong()).isZero();
                assertThat(json(response).get("items")).isEmpty();
            }
            case INVALID_FIELD -> {
                assertProblem(response, 400);
                assertThat(json(response).get("errors").findValuesAsString("field")).contains(probe.field());
            }
            case SAME -> assertSuccess(response, method, probe);
            case FORBIDDEN -> assertMissingScope(response, scope);
        }
    }

    private static void assertOtherTenant(HttpResponse<String> response) {
        assertProblem(response, 401);
        assertThat(response.headers().allValues("WWW-Authenticate")).singleElement().satisfies(challenge ->
                assertThat(challenge).startsWith("Bearer realm=\"acme\", error=\"invalid_token\""));
        assertThat(json(response).get("reason").asString()).isEqualTo("token_unknown");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
    }
}
