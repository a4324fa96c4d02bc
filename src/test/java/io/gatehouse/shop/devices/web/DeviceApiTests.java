package io.gatehouse.shop.devices.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class DeviceApiTests extends ApiTestSupport {

    private static final Set<Long> OWNED_CUSTOMERS = Set.of(1L, 2L, 3L);

    @Test
    void getWhenAdminThenWholeDevice() {
        ApiToken admin = token(ACME, adminClient().scopes("devices:read"));
        JsonNode device = ok(get(admin, "/api/v3/devices/6"));
        assertThat(device.get("customerId").asLong()).isEqualTo(4);
        assertThat(device.get("brand").asString()).isEqualTo("Samsung");
        assertThat(device.get("model").asString()).isEqualTo("Galaxy S21");
        assertThat(device.get("serialNumber").asString()).isEqualTo("R58R20QWERT");
        assertThat(device.get("imei").asString()).hasSize(15).startsWith("35411823456789");
        assertThat(device.has("createdAt")).isTrue();
        JsonNode page = ok(get(admin, "/api/v3/devices?brand=Lenovo&sort=id"));
        assertThat(ids(page)).startsWith(3L, 8L, 13L);
    }

    @Test
    void readWhenCustomerClientThenOnlyOwnedDevices() {
        ApiToken customer = token(ACME, customerClient().scopes("devices:read"));
        assertThat(ok(get(customer, "/api/v3/devices/14")).get("customerId").asLong()).isEqualTo(2);
        HttpResponse<String> other = get(customer, "/api/v3/devices/5");
        HttpResponse<String> none = get(customer, "/api/v3/devices/999999");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(none.body()).isEqualTo(ProblemResponses.NOT_FOUND);
        JsonNode page = ok(get(customer, "/api/v3/devices?limit=100"));
        assertThat(page.get("items").valueStream().map(d -> d.get("customerId").asLong())).isNotEmpty()
                .allMatch(OWNED_CUSTOMERS::contains);
        assertThat(ids(page)).contains(1L, 2L, 3L, 4L, 14L).doesNotContain(5L, 6L);
        assertThat(page.get("totalItems").asLong()).isEqualTo(page.get("items").size());
        JsonNode others = ok(get(customer, "/api/v3/devices?customerId=4"));
        assertThat(others.get("totalItems").asLong()).isZero();
        assertThat(others.get("items")).isEmpty();
    }

    @Test
    void excludedImeiWhenReadQueriedOrWrittenThenAbsentAndUnknown() {
        ApiToken customer = token(ACME, customerClient().scopes("devices:read", "devices:write")
                .excludedFields("device.imei"));
        assertThat(ok(get(customer, "/api/v3/devices/1")).has("imei")).isFalse();
        ok(get(customer, "/api/v3/devices")).get("items").forEach(d -> assertThat(d.has("imei")).isFalse());
        assertAnsweredAsUnknown(get(customer, "/api/v3/devices?imei=356789104523816"), "imei",
                get(customer, "/api/v3/devices?nothing=356789104523816"), "nothing");
        assertAnsweredAsUnknown(get(customer, "/api/v3/devices?sort=imei"), "imei",
                get(customer, "/api/v3/devices?sort=nothing"), "nothing");
        assertAnsweredAsUnknown(send(customer, "POST", "/api/v3/devices",
                        "{\"brand\":\"Apple\",\"model\":\"iPhone 15\",\"imei\":\"356789104523816\"}"), "imei",
                send(customer, "POST", "/api/v3/devices",
                        "{\"brand\":\"Apple\",\"model\":\"iPhone 15\",\"nothing\":\"356789104523816\"}"), "nothing");
        JsonNode echo = created(send(customer, "POST", "/api/v3/devices", """
                {"brand":"Apple","model":"iPhone 15"}"""));
        assertThat(properties(echo)).containsExactly("id", "customerId", "brand", "model", "createdAt");
    }

    @Test
    void createWhenAdminThenCreatedWithLocation() {
        ApiToken admin = token(ACME, adminClient().scopes("devices:read", "devices:write"));
        HttpResponse<String> response = send(admin, "POST", "/api/v3/devices", """
                {"customerId":9, "serialNumber":"SN-API-1", "imei":"490154203237518",
                 "brand":"Google", "model":"Pixel 8"}""");
        JsonNode device = created(response);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .endsWith("/api/v3/devices/" + device.get("id").asLong());
        assertThat(device.get("customerId").asLong()).isEqualTo(9);
        assertThat(device.get("imei").asString()).isEqualTo("490154203237518");
        assertThat(ok(get(admin, "/api/v3/devices/" + device.get("id").asLong()))).isEqualTo(device);
    }

    @Test
    void createWhenCustomerClientThenOwnedByItsCustomers() {
        ApiToken customer = token(ACME, customerClient().scopes("devices:read", "devices:write"));
        assertThat(created(send(customer, "POST", "/api/v3/devices", "{\"brand\":\"Nokia\",\"model\":\"3310\"}"))
                .get("customerId").asLong()).isEqualTo(1);
        assertThat(created(send(customer, "POST", "/api/v3/devices",
                "{\"customerId\":3,\"brand\":\"Nokia\",\"model\":\"3310\"}")).get("customerId").asLong()).isEqualTo(3);
        HttpResponse<String> other = send(customer, "POST", "/api/v3/devices",
                "{\"customerId\":4,\"brand\":\"Nokia\",\"model\":\"3310\"}");
        HttpResponse<String> none = send(customer, "POST", "/api/v3/devices",
                "{\"customerId\":999999,\"brand\":\"Nokia\",\"model\":\"3310\"}");
        assertThat(errorFields(other)).containsExactly("customerId");
        assertThat(other.body()).isEqualTo(none.body()).contains("no customer with this id");
    }

    @Test
    void createWhenInvalidThenEveryFieldNamed() {
        ApiToken admin = token(ACME, adminClient().scopes("devices:read", "devices:write"));
        HttpResponse<String> response = send(admin, "POST", "/api/v3/devices", "{\"serialNumber\":\""
                + "x".repeat(101) + "\",\"imei\":\"35-6789\",\"brand\":\" \",\"model\":7}");
        assertThat(errorFields(response)).containsExactlyInAnyOrder("customerId", "serialNumber", "imei", "brand",
                "model");
        assertThat(errorFields(send(admin, "POST", "/api/v3/devices",
                "{\"customerId\":1,\"imei\":\"12345678901234567\",\"brand\":\"A\",\"model\":\"B\"}")))
                .containsExactly("imei");
        HttpResponse<String> noScope = send(token(ACME, adminClient().scopes("devices:read")), "POST",
                "/api/v3/devices", "{}");
        assertThat(noScope.statusCode()).isEqualTo(403);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private static List<String> properties(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> errorFields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json(response).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static void assertAnsweredAsUnknown(HttpResponse<String> hidden, String hiddenName,
            HttpResponse<String> unknown, String unknownName) {
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(400);
        assertThat(hidden.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(hidden.body().replace(hiddenName, "FIELD")).isEqualTo(unknown.body().replace(unknownName, "FIELD"));
    }
}
