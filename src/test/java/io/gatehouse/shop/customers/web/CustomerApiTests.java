package io.gatehouse.shop.customers.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class CustomerApiTests extends ApiTestSupport {

    @Test
    void getWhenAdminThenWholeCustomer() {
        ApiToken admin = token(ACME, adminClient().scopes("customers:read"));
        HttpResponse<String> response = get(admin, "/api/v3/customers/1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode customer = json(response);
        assertThat(customer.get("id").asLong()).isEqualTo(1);
        assertThat(customer.get("name").asString()).isEqualTo("Acme Northwind Traders");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        System.out.println(response.body());
    }

    @Test
    void getWhenCustomerClientOnOtherCustomerThenSameAsNonexistent() {
        ApiToken customer = token(ACME, customerClient().scopes("customers:read"));
        HttpResponse<String> other = get(customer, "/api/v3/customers/4");
        HttpResponse<String> none = get(customer, "/api/v3/customers/999999");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(none.body()).isEqualTo(ProblemResponses.NOT_FOUND);
        assertThat(get(customer, "/api/v3/customers/2").statusCode()).isEqualTo(200);
    }

    @Test
    void listWhenCustomerClientThenOnlyItsTree() {
        ApiToken customer = token(ACME, customerClient().scopes("customers:read").excludedFields("customer.email"));
        HttpResponse<String> response = get(customer, "/api/v3/customers?sort=-name");
        System.out.println(response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode page = json(response);
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("items").get(0).has("email")).isFalse();
        HttpResponse<String> byEmail = get(customer, "/api/v3/customers?email=x");
        HttpResponse<String> byNothing = get(customer, "/api/v3/customers?nothing=x");
        System.out.println(byEmail.body());
        assertThat(byEmail.statusCode()).isEqualTo(400);
        assertThat(byEmail.body().replace("email", "X")).isEqualTo(byNothing.body().replace("nothing", "X"));
    }

    @Test
    void noToken() {
        HttpResponse<String> response = http.get(ACME, "/api/v3/customers");
        System.out.println(response.headers().map() + " " + response.body());
        assertThat(response.statusCode()).isEqualTo(401);
        ApiToken admin = token(ACME, adminClient().scopes("orders:read"));
        HttpResponse<String> forbidden = get(admin, "/api/v3/customers");
        System.out.println(forbidden.headers().map() + " " + forbidden.body());
        HttpResponse<String> bad = http.get(ACME, "/api/v3/customers", "Authorization", "Bearer gat_nope");
        System.out.println(bad.headers().map() + " " + bad.body());
        HttpResponse<String> post = send(admin, "DELETE", "/api/v3/customers/1", null);
        System.out.println(post.headers().map() + " " + post.body());
    }
}
