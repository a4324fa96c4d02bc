package io.gatehouse.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/** One page of a collection, as every list endpoint answers it. */
public record ApiPage(String href, int limit, int offset, long totalItems, List<?> items) {

    public static ApiPage of(HttpServletRequest request, ListQuery query, long totalItems, List<?> items) {
        String href = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return new ApiPage(href, query.limit(), query.offset(), totalItems, List.copyOf(items));
    }
}
