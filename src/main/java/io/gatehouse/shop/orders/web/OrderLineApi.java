package io.gatehouse.shop.orders.web;

import java.net.URI;
import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiException;
import io.gatehouse.access.ApiPage;
import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.JsonBody;
import io.gatehouse.access.ListQuery;
import io.gatehouse.shop.orders.OrderLineRecord;
import io.gatehouse.shop.orders.OrderLines;
import io.gatehouse.shop.orders.Orders;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /api/v3/orders/{id}/lines}. Every route first finds the order as the caller sees it, so the lines
 * of an order it may not see answer exactly as those of an order that does not exist.
 */
@ApiController
@RequestMapping("/api/v3/orders/{id}/lines")
class OrderLineApi {

    private final Orders orders;
    private final OrderLines lines;
    private final OrderLineForm form;

    OrderLineApi(Orders orders, OrderLines lines, OrderLineForm form) {
        this.orders = orders;
        this.lines = lines;
        this.form = form;
    }

    @GetMapping
    ApiPage list(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        orders.visible(id, caller.visibility());
        ListQuery query = ApiQuery.list(request, OrderLines.QUERY, caller);
        return ApiPage.of(request, query, lines.count(id, query),
                lines.list(id, query).stream().map(l -> l.representation(caller)).toList());
    }

    @GetMapping("/{lineId}")
    Map<String, Object> get(@PathVariable long id, @PathVariable long lineId, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        orders.visible(id, caller.visibility());
        ApiQuery.item(request, OrderLines.QUERY, caller);
        return line(id, lineId).representation(caller);
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        orders.visible(id, caller.visibility());
        JsonBody body = JsonBody.read(request, caller, "orderLine", OrderLineForm.WRITABLE);
        OrderLineRecord created = lines.create(id, form.create(body));
        return ResponseEntity.created(URI.create("/api/v3/orders/" + id + "/lines/" + created.id()))
                .body(created.representation(caller));
    }

    @PatchMapping("/{lineId}")
    Map<String, Object> patch(@PathVariable long id, @PathVariable long lineId, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        orders.visible(id, caller.visibility());
        OrderLineRecord current = line(id, lineId);
        JsonBody body = JsonBody.read(request, caller, "orderLine", OrderLineForm.WRITABLE);
        return lines.update(id, lineId, form.update(body, current)).representation(caller);
    }

    /** A line of another order, even one the caller may see, is not found under this one. */
    private OrderLineRecord line(long orderId, long lineId) {
        return lines.find(orderId, lineId).orElseThrow(ApiException::notFound);
    }
}
