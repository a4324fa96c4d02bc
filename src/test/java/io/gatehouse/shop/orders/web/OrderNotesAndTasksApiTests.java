package io.gatehouse.shop.orders.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class OrderNotesAndTasksApiTests extends OrderApiTestSupport {

    @Test
    void notesWhenAdminThenOrderNotesOldestFirst() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read"));
        JsonNode page = ok(get(admin, "/api/v3/orders/1/notes"));
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        JsonNode first = page.get("items").get(0);
        assertThat(properties(first)).containsExactly("id", "type", "text", "author", "createdAt");
        assertThat(first.get("type").asString()).isEqualTo("ISSUE");
        assertThat(first.get("author").asString()).isEqualTo("Sam Staff");
        assertThat(first.get("text").asString()).startsWith("Screen cracked");
        JsonNode diagnoses = ok(get(admin, "/api/v3/orders/1/notes?type=DIAGNOSIS"));
        assertThat(idsOf(diagnoses.get("items"))).containsExactly(2L);
    }

    @Test
    void tasksWhenAdminThenOrderTasks() {
        ApiToken admin = token(ACME, adminClient().scopes("orders:read"));
        JsonNode page = ok(get(admin, "/api/v3/orders/2/tasks?sort=id"));
        assertThat(idsOf(page.get("items"))).containsExactly(3L, 4L);
        JsonNode done = page.get("items").get(0);
        assertThat(properties(done)).containsExactly("id", "title", "done", "dueAt", "createdAt");
        assertThat(done.get("title").asString()).isEqualTo("Order a Galaxy S22 display");
        assertThat(done.get("done").asBoolean()).isTrue();
        assertThat(idsOf(ok(get(admin, "/api/v3/orders/2/tasks?done=false")).get("items"))).containsExactly(4L);
    }

    @Test
    void readWhenCustomerClientThenOwnNotesAndTasksOthersAsNonexistent() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read"));
        assertThat(idsOf(ok(get(customer, "/api/v3/orders/1/notes")).get("items"))).containsExactly(1L, 2L, 3L);
        assertThat(idsOf(ok(get(customer, "/api/v3/orders/1/tasks")).get("items"))).containsExactly(1L, 2L);
        assertSameAsNonexistent(get(customer, "/api/v3/orders/5/notes"), get(customer, "/api/v3/orders/999999/notes"));
        assertSameAsNonexistent(get(customer, "/api/v3/orders/5/tasks"), get(customer, "/api/v3/orders/999999/tasks"));
    }

    @Test
    void excludedFieldWhenReadOrQueriedThenAbsentAndUnknown() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write")
                .excludedFields("note.author", "task.dueAt"));
        ok(get(customer, "/api/v3/orders/1/notes")).get("items")
                .forEach(note -> assertThat(note.has("author")).isFalse());
        ok(get(customer, "/api/v3/orders/1/tasks")).get("items")
                .forEach(task -> assertThat(task.has("dueAt")).isFalse());
        ok(get(customer, "/api/v3/orders/1?expand=notes,tasks")).get("notes")
                .forEach(note -> assertThat(note.has("author")).isFalse());
        assertAnsweredAsUnknown(get(customer, "/api/v3/orders/1/notes?author=Sam%20Staff"), "author",
                get(customer, "/api/v3/orders/1/notes?nothing=Sam%20Staff"), "nothing");
        assertAnsweredAsUnknown(get(customer, "/api/v3/orders/1/notes?sort=author"), "author",
                get(customer, "/api/v3/orders/1/notes?sort=nothing"), "nothing");
        assertAnsweredAsUnknown(get(customer, "/api/v3/orders/1/tasks?dueAt%5Blt%5D=2030-01-01"), "dueAt",
                get(customer, "/api/v3/orders/1/tasks?nothing%5Blt%5D=2030-01-01"), "nothing");
        JsonNode echo = created(send(customer, "POST", "/api/v3/orders/14/notes",
                "{\"type\":\"ISSUE\",\"text\":\"Still wet inside.\"}"));
        assertThat(properties(echo)).containsExactly("id", "type", "text", "createdAt");
    }

    @Test
    void addNoteWhenCustomerClientThenAuthoredByClientAndOrderChanged() {
        ApiToken customer = token(ACME, customerClient().name("Northwind helpdesk").scopes("orders:read",
                "orders:write"));
        long order = created(send(customer, "POST", "/api/v3/orders", "{}")).get("id").asLong();
        Instant before = Instant.parse(ok(get(customer, "/api/v3/orders/" + order)).get("updatedAt").asString());
        HttpResponse<String> response = send(customer, "POST", "/api/v3/orders/" + order + "/notes",
                "{\"type\":\"ISSUE\",\"text\":\"  Battery swollen.  \"}");
        JsonNode note = created(response);
        assertThat(note.get("author").asString()).isEqualTo("Northwind helpdesk");
        assertThat(note.get("text").asString()).isEqualTo("Battery swollen.");
        JsonNode notes = ok(get(customer, "/api/v3/orders/" + order + "/notes"));
        assertThat(notes.get("items")).containsExactly(note);
        assertThat(Instant.parse(ok(get(customer, "/api/v3/orders/" + order)).get("updatedAt").asString()))
                .isAfter(before);
        assertThat(ok(get(customer, "/api/v3/orders/" + order + "/tasks")).get("totalItems").asLong()).isZero();
    }

    @Test
    void addNoteWhenAdminThenCreated() {
        ApiToken admin = token(ACME, adminClient().name("Workshop sync").scopes("orders:read", "orders:write"));
        long order = newOrder(admin, 6, "");
        JsonNode note = created(send(admin, "POST", "/api/v3/orders/" + order + "/notes",
                "{\"type\":\"DIAGNOSIS\",\"text\":\"Hinge cracked.\"}"));
        assertThat(properties(note)).containsExactly("id", "type", "text", "author", "createdAt");
        assertThat(note.get("type").asString()).isEqualTo("DIAGNOSIS");
        assertThat(note.get("author").asString()).isEqualTo("Workshop sync");
        JsonNode expanded = ok(get(admin, "/api/v3/orders/" + order + "?expand=notes"));
        assertThat(expanded.get("notes")).containsExactly(note);
    }

    @Test
    void addNoteWhenInvalidOrNotTheirsThenRefused() {
        ApiToken customer = token(ACME, customerClient().scopes("orders:read", "orders:write"));
        assertThat(errorFields(send(customer, "POST", "/api/v3/orders/1/notes", "{}")))
                .containsExactlyInAnyOrder("type", "text");
        HttpResponse<String> invalid = send(customer, "POST", "/api/v3/orders/1/notes",
                "{\"type\":\"RUMOUR\",\"text\":\"" + "x".repeat(4001) + "\"}");
        assertThat(errorFields(invalid)).containsExactlyInAnyOrder("type", "text");
        assertThat(errorMessage(invalid, "type")).isEqualTo("must be one of DIAGNOSIS, INTERNAL, ISSUE, RESOLUTION");
        assertThat(errorFields(send(customer, "POST", "/api/v3/orders/1/notes", "{\"type\":null,\"text\":\"x\"}")))
                .containsExactly("type");
        assertThat(errorFields(send(customer, "POST", "/api/v3/orders/1/notes",
                "{\"type\":\"ISSUE\",\"text\":\"x\",\"author\":\"Someone else\"}"))).containsExactly("author");
        assertSameAsNonexistent(send(customer, "POST", "/api/v3/orders/5/notes", "{\"type\":\"ISSUE\",\"text\":\"x\"}"),
                send(customer, "POST", "/api/v3/orders/999999/notes", "{\"type\":\"ISSUE\",\"text\":\"x\"}"));
    }
}
