package io.gatehouse.shop.statuses.web;

import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiException;
import io.gatehouse.access.ApiPage;
import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.ListQuery;
import io.gatehouse.shop.statuses.Statuses;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /api/v3/statuses}: the statuses an order can be in, read-only. */
@ApiController
@RequestMapping("/api/v3/statuses")
class StatusApi {

    private final Statuses statuses;

    StatusApi(Statuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping
    ApiPage list(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ListQuery query = ApiQuery.list(request, Statuses.QUERY, caller);
        return ApiPage.of(request, query, statuses.count(query),
                statuses.list(query).stream().map(s -> s.representation(caller)).toList());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ApiQuery.item(request, Statuses.QUERY, caller);
        return statuses.find(id).orElseThrow(ApiException::notFound).representation(caller);
    }
}
