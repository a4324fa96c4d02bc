package io.gatehouse.shop.customers.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class CustomerApiTests extends ApiTestSupport {

    @Test
    void getWhenAdminThenWholeCustomer() {
        ApiToken admin = token(ACME, adminClient().scopes("customers:read"));

        HttpResponse<String> response = get(admin, "/api/v3/customers/2");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        JsonNode customer = json(response);
        assertThat(customer.get("id").asLong()).isEqualTo(2);
        assertThat(customer.get("parentId").asLong()).isEqualTo(1);
        assertThat(customer.get("name").asString()).isEqualTo("Acme Northwind Helsinki branch");
        assertThat(customer.get("businessId").asString()).isEqualTo("NW-002");
        assertThat(customer.has("billingAddress") && customer.has("shippingAddress")).isTrue();
    }

    @Test
    void getWhenCustomerClientOnOtherCustomerThenSameAsNonexistent() {
        ApiToken customer = token(ACME, customerClient().scopes("customers:read"));

        HttpResponse<String> other = get(customer, "/api/v3/customers/4");
        HttpResponse<String> none = get(customer, "/api/v3/customers/999999");

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(none.body()).isEqualTo(ProblemResponses.NOT_FOUND);
        assertThat(get(customer, "/api/v3/customers/3").statusCode()).isEqualTo(200);
        assertThat(get(customer, "/api/v3/customers/6/children").body()).isEqualTo(ProblemResponses.NOT_FOUND);
    }

    @Test
    void listWhenCustomerClientThenOnlyItsTreeAndCountedSo() {
        ApiToken customer = token(ACME, customerClient().scopes("customers:read"));

        JsonNode page = json(get(customer, "/api/v3/customers?id[lte]=10&sort=id"));

        assertThat(ids(page)).containsExactly(1L, 2L, 3L);
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("href").asString()).isEqualTo("/api/v3/customers?id[lte]=10&sort=id");
        assertThat(json(get(customer, "/api/v3/customers?parentId=6")).get("totalItems").asLong()).isZero();
    }

    @Test
    void childrenWhenParentVisibleThenItsChildrenPaginated() {
        ApiToken admin = token(ACME, adminClient().scopes("customers:read"));

        JsonNode page = json(get(admin, "/api/v3/customers/1/children?limit=1&sort=id&id[lte]=10"));

        assertThat(page.get("limit").asInt()).isEqualTo(1);
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(ids(page)).containsExactly(2L);
    }

    @Test
    void createWhenCustomerClientNamesNoParentThenUnderItsOwner() {
        ApiToken customer = token(ACME, customerClient().scopes("customers:read", "customers:write"));

        HttpResponse<String> created = send(customer, "POST", "/api/v3/customers",
                "{\"name\":\"Oulu branch\",\"email\":\"oulu@example.com\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.get("parentId").asLong()).isEqualTo(1);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v3/customers/" + body.get("id").asLong());
        assertThat(get(customer, "/api/v3/customers/" + body.get("id").asLong()).statusCode()).isEqualTo(200);
    }

    @Test
    void createWhenInvalidThenEveryFieldNamed() {
        ApiToken admin = token(ACME, adminClient().scopes("customers:write"));

        HttpResponse<String> response = send(admin, "POST", "/api/v3/customers",
                "{\"name\":\"  \",\"email\":\"not-an-email\",\"parentId\":987654,\"phone\":12}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "email", "parentId", "phone");
    }

    @Test
    void updateWhenPutThenAbsentFieldsClearedAndPatchKeepsThem() {
        ApiToken admin = token(ACME, adminClient().scopes("customers:read", "customers:write"));
        long id = json(send(admin, "POST", "/api/v3/customers",
                "{\"name\":\"Kallio Bikes\",\"phone\":\"+358 9 1\",\"email\":\"bikes@example.com\"}")).get("id").asLong();

        JsonNode patched = json(send(admin, "PATCH", "/api/v3/customers/" + id, "{\"phone\":\"+358 9 2\"}"));
        JsonNode replaced = json(send(admin, "PUT", "/api/v3/customers/" + id, "{\"name\":\"Kallio Bikes Oy\"}"));

        assertThat(patched.get("email").asString()).isEqualTo("bikes@example.com");
        assertThat(patched.get("phone").asString()).isEqualTo("+358 9 2");
        assertThat(replaced.get("name").asString()).isEqualTo("Kallio Bikes Oy");
        assertThat(replaced.has("email")).isFalse();
        assertThat(replaced.has("phone")).isFalse();
    }

    @Test
    void updateWhenParentWouldMakeACycleThenRefused() {
        ApiToken admin = token(ACME, adminClient().scopes("customers:write"));
        long parent = json(send(admin, "POST", "/api/v3/customers", "{\"name\":\"Group\"}")).get("id").asLong();
        long child = json(send(admin, "POST", "/api/v3/customers",
                "{\"name\":\"Group branch\",\"parentId\":" + parent + "}")).get("id").asLong();

        HttpResponse<String> response = send(admin, "PATCH", "/api/v3/customers/" + parent,
                "{\"parentId\":" + child + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("parentId");
    }

    @Test
    void updateWhenCustomerClientMovesOutOfItsTreeThenRefused() {
        ApiToken customer = token(ACME, customerClient().scopes("customers:read", "customers:write"));
        long branch = json(send(customer, "POST", "/api/v3/customers", "{\"name\":\"Branch\"}")).get("id").asLong();

        HttpResponse<String> toOther = send(customer, "PATCH", "/api/v3/customers/" + branch, "{\"parentId\":4}");
        HttpResponse<String> toNobody = send(customer, "PATCH", "/api/v3/customers/" + branch, "{\"parentId\":null}");
        HttpResponse<String> ownerMoved = send(customer, "PATCH", "/api/v3/customers/1", "{\"parentId\":2}");

        assertThat(List.of(toOther, toNobody, ownerMoved)).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("parentId");
        });
        assertThat(json(toOther).get("errors").get(0).get("message").asString()).isEqualTo("no customer with this id");
        assertThat(json(get(customer, "/api/v3/customers/1")).has("parentId")).isFalse();
    }

    @Test
    void filterWhenFieldExcludedThenAnsweredAsUnknown() {
        ApiToken customer = token(ACME, customerClient().scopes("customers:read").excludedFields("customer.email"));

        assertThat(json(get(customer, "/api/v3/customers/1")).has("email")).isFalse();
        assertAnsweredAsUnknown(customer, "/api/v3/customers?email=it@northwind-traders.example", "email");
        assertAnsweredAsUnknown(customer, "/api/v3/customers?sort=email", "email");
    }
}
