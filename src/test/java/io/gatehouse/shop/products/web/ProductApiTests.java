package io.gatehouse.shop.products.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * Products are seeded and never created through the API, so the collection always has 12; their stock
 * changes in other tests, so only its presence is asserted here.
 */
class ProductApiTests extends ApiTestSupport {

    private static final Set<String> PRODUCT_FIELDS = Set.of("id", "sku", "name", "price", "purchasePrice",
            "stockQuantity", "locationId", "updatedAt");

    @Test
    void getWhenAdminThenWholeProduct() {
        ApiToken admin = token(ACME, adminClient().scopes("products:read"));
        HttpResponse<String> response = get(admin, "/api/v3/products/1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode product = json(response);
        assertThat(names(product)).isEqualTo(PRODUCT_FIELDS);
        assertThat(product.get("sku").asString()).isEqualTo("SCR-IP13");
        assertThat(product.get("name").asString()).isEqualTo("iPhone 13 display (OLED)");
        assertThat(product.get("price").decimalValue()).isEqualByComparingTo("189.00");
        assertThat(product.get("purchasePrice").decimalValue()).isEqualByComparingTo("92.50");
        assertThat(product.get("stockQuantity").isInt()).isTrue();
        assertThat(product.get("locationId").asLong()).isEqualTo(3);
    }

    @Test
    void getWhenNoSuchProductThenNotFound() {
        ApiToken admin = token(ACME, adminClient().scopes("products:read"));
        HttpResponse<String> response = get(admin, "/api/v3/products/999999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(ProblemResponses.NOT_FOUND);
    }

    @Test
    void listWhenAdminThenEveryProductByName() {
        ApiToken admin = token(ACME, adminClient().scopes("products:read"));
        JsonNode page = json(get(admin, "/api/v3/products"));
        assertThat(page.get("totalItems").asLong()).isEqualTo(12);
        assertThat(page.get("items").size()).isEqualTo(12);
        assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("Galaxy S21 battery");
        page.get("items").forEach(item -> assertThat(names(item)).isEqualTo(PRODUCT_FIELDS));
    }

    @Test
    void listWhenPagedThenLimitOffsetAndTotalOfAll() {
        ApiToken admin = token(ACME, adminClient().scopes("products:read"));
        JsonNode page = json(get(admin, "/api/v3/products?sort=id&limit=5&offset=10"));
        assertThat(page.get("limit").asInt()).isEqualTo(5);
        assertThat(page.get("offset").asInt()).isEqualTo(10);
        assertThat(page.get("totalItems").asLong()).isEqualTo(12);
        assertThat(ids(page)).containsExactly(11L, 12L);

        HttpResponse<String> tooMany = get(admin, "/api/v3/products?limit=101");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json(tooMany).get("parameter").asString()).isEqualTo("limit");
        HttpResponse<String> negative = get(admin, "/api/v3/products?offset=-1");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(json(negative).get("parameter").asString()).isEqualTo("offset");
    }

    @Test
    void listWhenFilteredAndSortedThenOnlyMatchingInOrder() {
        ApiToken admin = token(ACME, adminClient().scopes("products:read"));
        assertThat(ids(json(get(admin, "/api/v3/products?locationId=2&sort=id")))).containsExactly(9L, 12L);
        assertThat(ids(json(get(admin, "/api/v3/products?sku=SSD-1TB")))).containsExactly(8L);
        JsonNode cheap = json(get(admin, "/api/v3/products?price%5Blt%5D=50&sort=-price"));
        assertThat(ids(cheap)).containsExactly(5L, 11L, 12L);
        assertThat(cheap.get("totalItems").asLong()).isEqualTo(3);
        assertThat(ids(json(get(admin, "/api/v3/products?sort=-purchasePrice&limit=1")))).containsExactly(7L);
    }

    @Test
    void getAndListWhenCustomerClientHoldsScopeThenReadableLessExcludedFields() {
        ApiToken customer = token(ACME, customerClient().scopes("products:read")
                .excludedFields("product.purchasePrice", "product.stockQuantity"));
        Set<String> visible = new TreeSet<>(PRODUCT_FIELDS);
        visible.removeAll(Set.of("purchasePrice", "stockQuantity"));

        HttpResponse<String> product = get(customer, "/api/v3/products/4");
        assertThat(product.statusCode()).as(product.body()).isEqualTo(200);
        assertThat(names(json(product))).isEqualTo(visible);
        assertThat(json(product).get("price").decimalValue()).isEqualByComparingTo("69.00");
        JsonNode page = json(get(customer, "/api/v3/products"));
        assertThat(page.get("totalItems").asLong()).isEqualTo(12);
        page.get("items").forEach(item -> assertThat(names(item)).isEqualTo(visible));
    }

    @Test
    void filterOrSortWhenFieldExcludedThenAnsweredAsUnknownField() {
        ApiToken customer = token(ACME, customerClient().scopes("products:read")
                .excludedFields("product.purchasePrice", "product.stockQuantity"));
        assertAnsweredAsUnknown(customer, "/api/v3/products?purchasePrice%5Blt%5D=10", "purchasePrice");
        assertAnsweredAsUnknown(customer, "/api/v3/products?stockQuantity=0", "stockQuantity");
        assertAnsweredAsUnknown(customer, "/api/v3/products?stockQuantity%5Blt%5D=0", "stockQuantity");
        assertAnsweredAsUnknown(customer, "/api/v3/products?sort=-purchasePrice", "purchasePrice");
        assertAnsweredAsUnknown(customer, "/api/v3/products?sort=name,stockQuantity", "stockQuantity");
    }

    @Test
    void getWhenOtherTenantThenThatTenantsProductOfTheSameId() {
        ApiToken globex = token(GLOBEX, adminClient().scopes("products:read"));
        JsonNode product = json(get(globex, "/api/v3/products/1"));
        assertThat(product.get("sku").asString()).isEqualTo("SCR-PX7");
    }
}
