package io.gatehouse.shop.orders.web;

import java.util.Map;
import java.util.Set;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiPage;
import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.JsonBody;
import io.gatehouse.access.ListQuery;
import io.gatehouse.shop.orders.NoteRecord;
import io.gatehouse.shop.orders.OrderNotes;
import io.gatehouse.shop.orders.OrderTasks;
import io.gatehouse.shop.orders.Orders;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * {@code /api/v3/orders/{id}/notes} and {@code /tasks}, each reached through the order as the caller sees it.
 * Notes have no address of their own, so a created note is answered without a {@code Location}.
 */
@ApiController
@RequestMapping("/api/v3/orders/{id}")
class OrderNotesAndTasksApi {

    private static final Set<String> NOTE_WRITABLE = Set.of("type", "text");

    private final Orders orders;
    private final OrderNotes notes;
    private final OrderTasks tasks;

    OrderNotesAndTasksApi(Orders orders, OrderNotes notes, OrderTasks tasks) {
        this.orders = orders;
        this.notes = notes;
        this.tasks = tasks;
    }

    @GetMapping("/notes")
    ApiPage notes(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        orders.visible(id, caller.visibility());
        ListQuery query = ApiQuery.list(request, OrderNotes.QUERY, caller);
        return ApiPage.of(request, query, notes.count(id, query),
                notes.list(id, query).stream().map(n -> n.representation(caller)).toList());
    }

    /** The author is the client that wrote the note, as the console shows who wrote each note. */
    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addNote(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        orders.visible(id, caller.visibility());
        JsonBody body = JsonBody.read(request, caller, "note", NOTE_WRITABLE);
        String type = body.requiredText("type", 64);
        if (type != null && !NoteRecord.TYPES.contains(type)) {
            body.error("type", "must be one of " + String.join(", ", NoteRecord.TYPES));
        }
        String text = body.requiredText("text", 4000);
        body.validate();
        return notes.create(id, type, text, caller.clientName()).representation(caller);
    }

    @GetMapping("/tasks")
    ApiPage tasks(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        orders.visible(id, caller.visibility());
        ListQuery query = ApiQuery.list(request, OrderTasks.QUERY, caller);
        return ApiPage.of(request, query, tasks.count(id, query),
                tasks.list(id, query).stream().map(t -> t.representation(caller)).toList());
    }
}
