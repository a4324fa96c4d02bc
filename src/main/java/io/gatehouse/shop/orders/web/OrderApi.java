package io.gatehouse.shop.orders.web;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiPage;
import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.JsonBody;
import io.gatehouse.access.ListQuery;
import io.gatehouse.shop.orders.OrderRecord;
import io.gatehouse.shop.orders.Orders;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /api/v3/orders}: repair orders, with their lines, notes, tasks, customer and device on request. */
@ApiController
@RequestMapping("/api/v3/orders")
class OrderApi {

    private final Orders orders;
    private final OrderViews views;
    private final OrderForm form;

    OrderApi(Orders orders, OrderViews views, OrderForm form) {
        this.orders = orders;
        this.views = views;
        this.form = form;
    }

    @GetMapping
    ApiPage list(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ListQuery query = ApiQuery.list(request, Orders.QUERY, caller);
        return ApiPage.of(request, query, orders.count(query, caller.visibility()),
                views.page(orders.list(query, caller.visibility()), query.expand(), caller));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        Set<String> expand = ApiQuery.item(request, Orders.QUERY, caller);
        return views.one(orders.visible(id, caller.visibility()), expand, caller);
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        JsonBody body = JsonBody.read(request, caller, "order", OrderForm.WRITABLE);
        OrderRecord created = orders.create(form.create(body, caller));
        return ResponseEntity.created(URI.create("/api/v3/orders/" + created.id()))
                .body(created.representation(caller).map());
    }

    @PatchMapping("/{id}")
    Map<String, Object> patch(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        OrderRecord current = orders.visible(id, caller.visibility());
        JsonBody body = JsonBody.read(request, caller, "order", OrderForm.WRITABLE);
        return orders.update(id, form.update(body, current, caller)).representation(caller).map();
    }
}
