package io.gatehouse.shop.locations.web;

import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiException;
import io.gatehouse.access.ApiPage;
import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.ListQuery;
import io.gatehouse.shop.locations.Locations;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /api/v3/locations}: the shop's locations, read-only. */
@ApiController
@RequestMapping("/api/v3/locations")
class LocationApi {

    private final Locations locations;

    LocationApi(Locations locations) {
        this.locations = locations;
    }

    @GetMapping
    ApiPage list(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ListQuery query = ApiQuery.list(request, Locations.QUERY, caller);
        return ApiPage.of(request, query, locations.count(query),
                locations.list(query).stream().map(l -> l.representation(caller)).toList());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ApiQuery.item(request, Locations.QUERY, caller);
        return locations.find(id).orElseThrow(ApiException::notFound).representation(caller);
    }
}
