package io.gatehouse.access.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatehouse.access.Endpoint;
import io.gatehouse.access.Field;
import io.gatehouse.access.FieldCatalogue;
import io.gatehouse.access.Scope;
import io.gatehouse.access.ScopeCatalogue;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.support.TenantHttp;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ApiDocsTests extends ApiTestSupport {

    private static final String DOCUMENT = "/api/v3/openapi.json";

    @Test
    void openApiWhenNoTokenThenDocumentOfApiOperationsOnly() {
        HttpResponse<String> response = http.get(ACME, DOCUMENT);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode document = json(response);
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("info").get("title").asString()).isEqualTo("Gatehouse API");
        assertThat(document.get("info").get("description").asString())
                .contains("client_credentials", "insufficient_scope", "Customer", "absent", "limit",
                        "[gte]", "application/problem+json");
        assertThat(document.get("paths").propertyNames()).isNotEmpty()
                .allSatisfy(path -> assertThat(path).startsWith("/api/v3/"));
    }

    @Test
    void openApiWhenReadThenEveryOperationAnswersARecordSchemaOfTheFieldCatalogue() {
        JsonNode document = json(http.get(ACME, DOCUMENT));
        JsonNode schemas = document.get("components").get("schemas");

        for (FieldCatalogue.Representation representation : FieldCatalogue.representations()) {
            JsonNode schema = schemas.get(RecordSchemas.name(representation.resource()));
            assertThat(schema).as(representation.resource()).isNotNull();
            assertThat(schema.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.Stream.concat(java.util.stream.Stream.of("id"),
                            representation.fields().stream().map(Field::name)).toList());
            assertThat(schema.get("required").toString()).isEqualTo("[\"id\"]");
        }
        assertThat(schemas.get("OrderLine").get("properties").get("purchasePrice").get("type").asString())
                .isEqualTo("number");
        assertThat(schemas.get("Order").get("properties").get("updatedAt").get("format").asString())
                .isEqualTo("date-time");
        JsonNode paths = document.get("paths");
        assertThat(paths.get("/api/v3/orders").get("get").get("responses").get("200").get("content")
                .get("application/json").get("schema").get("properties").get("items").get("items").get("$ref")
                .asString()).isEqualTo("#/components/schemas/Order");
        assertThat(paths.get("/api/v3/orders/{id}/lines/{lineId}").get("get").get("responses").get("200")
                .get("content").get("application/json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/OrderLine");
        JsonNode created = paths.get("/api/v3/orders").get("post").get("responses");
        assertThat(created.has("201")).isTrue();
        assertThat(created.has("200")).isFalse();
    }

    @Test
    void openApiWhenReadThenEveryCatalogueEndpointWithItsScope() {
        JsonNode paths = json(http.get(ACME, DOCUMENT)).get("paths");

        for (Endpoint endpoint : ScopeCatalogue.endpoints()) {
            String scope = ScopeCatalogue.requiredFor(endpoint).orElseThrow().name();
            JsonNode operation = paths.path(endpoint.path()).path(endpoint.method().toLowerCase(Locale.ROOT));
            assertThat(operation.isObject()).as("%s is documented", endpoint).isTrue();
            assertThat(operation.get("security").toString()).as("%s", endpoint)
                    .isEqualTo("[{\"oauth2\":[\"" + scope + "\"]}]");
            assertThat(operation.get("description").asString()).contains("Requires scope `" + scope + "`.");
            assertThat(operation.get("responses").propertyNames()).contains("400", "401", "403", "404");
            assertThat(operation.get("responses").get("403").get("$ref").asString())
                    .isEqualTo("#/components/responses/Forbidden");
            Map<String, JsonNode> parameters = parameters(operation);
            if (CatalogueOperations.collection(endpoint)) {
                assertThat(parameters).as("%s", endpoint).containsKeys("limit", "offset", "sort", "expand");
                assertThat(parameters.get("limit").get("schema").get("default").asInt()).isEqualTo(25);
                assertThat(parameters.get("limit").get("schema").get("maximum").asInt()).isEqualTo(100);
                assertThat(parameters.get("offset").get("schema").get("minimum").asInt()).isEqualTo(0);
            }
            else {
                assertThat(parameters).as("%s", endpoint).doesNotContainKeys("limit", "offset", "sort");
            }
        }
    }

    @Test
    void openApiWhenReadThenOnlyCatalogueOperations() {
        JsonNode paths = json(http.get(ACME, DOCUMENT)).get("paths");
        Set<Endpoint> documented = new HashSet<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (!method.equals("parameters")) {
                    documented.add(new Endpoint(method.toUpperCase(Locale.ROOT), path));
                }
            }
        }
        assertThat(ScopeCatalogue.endpoints()).containsAll(documented);
    }

    @Test
    void openApiWhenReadThenOauth2ClientCredentialsSchemeWithEveryScope() {
        JsonNode scheme = json(http.get(ACME, DOCUMENT)).get("components").get("securitySchemes").get("oauth2");

        assertThat(scheme.get("type").asString()).isEqualTo("oauth2");
        JsonNode flow = scheme.get("flows").get("clientCredentials");
        assertThat(flow.get("tokenUrl").asString()).isEqualTo("/oauth2/token");
        assertThat(flow.get("scopes").propertyNames()).containsExactlyInAnyOrderElementsOf(ScopeCatalogue.names());
        for (Scope scope : ScopeCatalogue.all()) {
            assertThat(flow.get("scopes").get(scope.name()).asString()).isEqualTo(scope.description());
        }
        assertThat(scheme.get("flows").propertyNames()).containsExactly("clientCredentials");
    }

    @Test
    void openApiWhenTenantsTakeTurnsThenEachGetsItsOwnServer() {
        assertThat(server(ACME)).isEqualTo(origin(ACME));
        assertThat(server(GLOBEX)).isEqualTo(origin(GLOBEX));
        assertThat(server(ACME)).isEqualTo(origin(ACME));
    }

    @Test
    void openApiWhenTenantsAskAtOnceThenEachGetsItsOwnServer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> requests = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String tenant = i % 2 == 0 ? ACME : GLOBEX;
                requests.add(() -> List.of(origin(tenant), server(tenant)));
            }
            for (Future<List<String>> answer : pool.invokeAll(requests)) {
                assertThat(answer.get().get(1)).as("server of the document asked for at %s", answer.get().get(0))
                        .isEqualTo(answer.get().get(0));
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void swaggerUiWhenNoLoginThenPageAndItsAssetsLoadFromGatehouse() {
        HttpResponse<String> docs = http.get(ACME, "/api/v3/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        String page = docs.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        assertThat(page).isEqualTo("/api/v3/docs/swagger-ui/index.html");

        HttpResponse<String> html = http.get(ACME, page);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(html.headers().firstValue("Content-Security-Policy")).isEmpty();
        assertThat(html.body()).contains("swagger-ui").doesNotContain("//cdn", "unpkg", "jsdelivr");
        List<String> assets = assets(html.body());
        assertThat(assets).contains("swagger-ui-bundle.js", "swagger-initializer.js")
                .anySatisfy(asset -> assertThat(asset).endsWith(".css"));
        for (String asset : assets) {
            HttpResponse<String> loaded = http.get(ACME, "/api/v3/docs/swagger-ui/" + asset);
            assertThat(loaded.statusCode()).as(asset).isEqualTo(200);
            assertThat(loaded.body()).as(asset).isNotBlank();
        }

        String initializer = http.get(ACME, "/api/v3/docs/swagger-ui/swagger-initializer.js").body();
        assertThat(initializer).contains("/api/v3/openapi.json/swagger-config").doesNotContain("petstore");
        HttpResponse<String> config = http.get(ACME, "/api/v3/openapi.json/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(json(config).get("url").asString()).isEqualTo(DOCUMENT);
    }

    @Test
    void swaggerUiWhenSpringdocWelcomePathThenRedirectsToPage() {
        HttpResponse<String> welcome = http.get(GLOBEX, "/api/v3/docs/swagger-ui.html");

        assertThat(welcome.statusCode()).isEqualTo(302);
        assertThat(welcome.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v3/docs/swagger-ui/index.html"));
    }

    @Test
    void customiseWhenOperationNotInCatalogueThenLeftOutAndLogged(CapturedOutput output) {
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/v3/customers", new PathItem().get(new Operation()).delete(new Operation()))
                .addPathItem("/api/v3/secrets", new PathItem().get(new Operation())));

        new CatalogueOperations().customise(api);

        assertThat(api.getPaths()).containsOnlyKeys("/api/v3/customers");
        assertThat(api.getPaths().get("/api/v3/customers").getGet()).isNotNull();
        assertThat(api.getPaths().get("/api/v3/customers").getDelete()).isNull();
        assertThat(output.getOut() + output.getErr())
                .contains("GET /api/v3/secrets has a handler but no entry in the ScopeCatalogue")
                .contains("DELETE /api/v3/customers has a handler but no entry in the ScopeCatalogue");
    }

    @Test
    void operationIdWhenNestedPathThenNamedAfterMethodAndSegments() {
        assertThat(CatalogueOperations.operationId(new Endpoint("GET", "/api/v3/orders/{id}/lines/{lineId}")))
                .isEqualTo("getOrdersByIdLinesByLineId");
        assertThat(CatalogueOperations.operationId(new Endpoint("POST", "/api/v3/products/{id}/stock-movements")))
                .isEqualTo("postProductsByIdStockMovements");
    }

    private String server(String tenant) {
        HttpResponse<String> response = http.get(tenant, DOCUMENT);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode servers = json(response).get("servers");
        assertThat(servers.size()).isEqualTo(1);
        return servers.get(0).get("url").asString();
    }

    private String origin(String tenant) {
        return "http://" + TenantHttp.host(tenant, port);
    }

    private static Map<String, JsonNode> parameters(JsonNode operation) {
        Map<String, JsonNode> byName = new HashMap<>();
        operation.path("parameters").forEach(p -> byName.put(p.get("name").asString(), p));
        return byName;
    }

    /** The scripts and stylesheets the page loads, as written in it (relative to the page). */
    private static List<String> assets(String html) {
        List<String> assets = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1).replaceFirst("^\\./", ""));
        }
        return assets;
    }
}
