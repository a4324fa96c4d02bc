package io.gatehouse.shop.products.web;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiException;
import io.gatehouse.access.ApiPage;
import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.JsonBody;
import io.gatehouse.access.ListQuery;
import io.gatehouse.shop.products.ProductRecord;
import io.gatehouse.shop.products.Products;
import io.gatehouse.shop.products.StockMovement;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /api/v3/products}: products with their prices and stock, and the movements that change the stock. */
@ApiController
@RequestMapping("/api/v3/products")
class ProductApi {

    private static final Set<String> MOVEMENT_FIELDS = Set.of("quantityDelta", "reason");
    private static final int MAX_DELTA = 100_000;

    private final Products products;

    ProductApi(Products products) {
        this.products = products;
    }

    @GetMapping
    ApiPage list(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ListQuery query = ApiQuery.list(request, Products.QUERY, caller);
        return ApiPage.of(request, query, products.count(query),
                products.list(query).stream().map(p -> p.representation(caller)).toList());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ApiQuery.item(request, Products.QUERY, caller);
        return products.find(id).orElseThrow(ApiException::notFound).representation(caller);
    }

    /**
     * Stock may go below zero (a back order). Refusing such a movement would tell a client that cannot see
     * {@code stockQuantity} how much is in stock, one probe at a time.
     */
    @PostMapping("/{id}/stock-movements")
    ResponseEntity<Map<String, Object>> move(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        if (products.find(id).isEmpty()) { // whatever the body, as any write to an unknown record
            throw ApiException.notFound();
        }
        JsonBody body = JsonBody.read(request, caller, "product", MOVEMENT_FIELDS);
        StockMovement movement = movement(body);
        ProductRecord moved = products.move(id, movement).orElseThrow(ApiException::notFound);
        return ResponseEntity.created(URI.create("/api/v3/products/" + moved.id())).body(moved.representation(caller));
    }

    private static StockMovement movement(JsonBody body) {
        Integer delta = body.required("quantityDelta", body.integer("quantityDelta", -MAX_DELTA, MAX_DELTA));
        if (delta != null && delta == 0) {
            body.error("quantityDelta", "must not be zero");
        }
        String reason = body.requiredText("reason", 200);
        body.validate();
        return new StockMovement(delta, reason);
    }
}
