package io.gatehouse.shop.orders.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** Creating and changing orders: validation, ownership of what a Customer client writes, hidden fields. */
class OrderWriteApiTests extends OrderApiTestSupport {

    @Test
    void patchWhenExcludedFieldLeftOutThenStoredValueUnchanged() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        long id = newOrder(admin, 2, "\"reference\":\"KEEP-ME\"");
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write")
                .excludedFields("order.reference"));
        JsonNode patched = ok(send(customer, "PATCH", "/api/v3/orders/" + id, "{\"status\":\"READY\"}"));
        assertThat(patched.get("status").asString()).isEqualTo("READY");
        JsonNode stored = ok(get(admin, "/api/v3/orders/" + id));
        assertThat(stored.get("reference").asString()).isEqualTo("KEEP-ME");
        assertThat(stored.get("status").asString()).isEqualTo("READY");
    }

    @Test
    void createWhenAdminThenCreatedWithLocation() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        HttpResponse<String> response = send(admin, "POST", "/api/v3/orders", """
                {"customerId":4,"deviceId":6,"status":"IN_PROGRESS","reference":"API-1","locationId":2}""");
        JsonNode order = created(response);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .endsWith("/api/v3/orders/" + order.get("id").asLong());
        assertThat(order.get("customerId").asLong()).isEqualTo(4);
        assertThat(order.get("deviceId").asLong()).isEqualTo(6);
        assertThat(order.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(order.get("locationId").asLong()).isEqualTo(2);
        assertThat(ok(get(admin, "/api/v3/orders/" + order.get("id").asLong()))).isEqualTo(order);
        JsonNode plain = created(send(admin, "POST", "/api/v3/orders", "{\"customerId\":5}"));
        assertThat(plain.get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void createWhenCustomerClientThenOwnedByItsCustomers() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write"));
        assertThat(created(send(customer, "POST", "/api/v3/orders", "{}")).get("customerId").asLong()).isEqualTo(1);
        JsonNode child = created(send(customer, "POST", "/api/v3/orders", "{\"customerId\":2,\"deviceId\":14}"));
        assertThat(child.get("customerId").asLong()).isEqualTo(2);
        HttpResponse<String> other = send(customer, "POST", "/api/v3/orders", "{\"customerId\":4}");
        HttpResponse<String> none = send(customer, "POST", "/api/v3/orders", "{\"customerId\":999999}");
        assertThat(errorFields(other)).containsExactly("customerId");
        assertThat(errorMessage(other, "customerId")).isEqualTo("no customer with this id");
        assertThat(other.body()).isEqualTo(none.body());
        HttpResponse<String> otherDevice = send(customer, "POST", "/api/v3/orders", "{\"deviceId\":5}");
        HttpResponse<String> noDevice = send(customer, "POST", "/api/v3/orders", "{\"deviceId\":999999}");
        assertThat(errorFields(otherDevice)).containsExactly("deviceId");
        assertThat(otherDevice.body()).isEqualTo(noDevice.body());
    }

    @Test
    void createWhenInvalidThenEveryFieldNamed() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        HttpResponse<String> response = send(admin, "POST", "/api/v3/orders", """
                {"customerId":999999,"deviceId":999999,"status":"NOPE","reference":"%s","locationId":0}"""
                .formatted("x".repeat(101)));
        assertThat(errorFields(response)).containsExactlyInAnyOrder("customerId", "deviceId", "status", "reference",
                "locationId");
        assertThat(errorFields(send(admin, "POST", "/api/v3/orders", "{}"))).containsExactly("customerId");
        HttpResponse<String> foreignDevice = send(admin, "POST", "/api/v3/orders", "{\"customerId\":1,\"deviceId\":5}");
        assertThat(errorMessage(foreignDevice, "deviceId")).isEqualTo("belongs to another customer than the order");
        assertThat(errorFields(send(admin, "POST", "/api/v3/orders", "{\"customerId\":1,\"status\":null}")))
                .containsExactly("status");
    }

    @Test
    void patchWhenAdminThenChangedAndUpdatedAtBumped() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        long id = newOrder(admin, 8, "\"reference\":\"OLD\",\"deviceId\":11");
        JsonNode before = ok(get(admin, "/api/v3/orders/" + id));
        JsonNode after = ok(send(admin, "PATCH", "/api/v3/orders/" + id,
                "{\"status\":\"WAITING_FOR_PARTS\",\"reference\":null,\"locationId\":3}"));
        assertThat(after.get("status").asString()).isEqualTo("WAITING_FOR_PARTS");
        assertThat(after.has("reference")).isFalse();
        assertThat(after.get("locationId").asLong()).isEqualTo(3);
        assertThat(after.get("deviceId").asLong()).isEqualTo(11);
        assertThat(Instant.parse(after.get("updatedAt").asString()))
                .isAfter(Instant.parse(before.get("updatedAt").asString()));
        HttpResponse<String> moved = send(admin, "PATCH", "/api/v3/orders/" + id, "{\"customerId\":9}");
        assertThat(errorFields(moved)).containsExactly("customerId");
        JsonNode movedWithDevice = ok(send(admin, "PATCH", "/api/v3/orders/" + id,
                "{\"customerId\":9,\"deviceId\":12}"));
        assertThat(movedWithDevice.get("customerId").asLong()).isEqualTo(9);
    }

    @Test
    void patchWhenCustomerClientMovesOrderOutOfItsTreeThenRefused() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read", "orders:write"));
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write"));
        long id = created(send(customer, "POST", "/api/v3/orders", "{\"customerId\":2}")).get("id").asLong();
        HttpResponse<String> out = send(customer, "PATCH", "/api/v3/orders/" + id, "{\"customerId\":4}");
        HttpResponse<String> nowhere = send(customer, "PATCH", "/api/v3/orders/" + id, "{\"customerId\":999999}");
        assertThat(errorFields(out)).containsExactly("customerId");
        assertThat(out.body()).isEqualTo(nowhere.body());
        assertThat(ok(get(admin, "/api/v3/orders/" + id)).get("customerId").asLong()).isEqualTo(2);
        assertThat(ok(send(customer, "PATCH", "/api/v3/orders/" + id, "{\"customerId\":3}")).get("customerId")
                .asLong()).isEqualTo(3);
        assertSameAsNonexistent(send(customer, "PATCH", "/api/v3/orders/5", "{\"status\":\"CLOSED\"}"),
                send(customer, "PATCH", "/api/v3/orders/999999", "{\"status\":\"CLOSED\"}"));
        assertThat(ok(get(admin, "/api/v3/orders/5")).get("status").asString()).isEqualTo("IN_PROGRESS");
    }
}
