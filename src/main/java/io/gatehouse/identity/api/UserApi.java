package io.gatehouse.identity.api;

import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiException;
import io.gatehouse.access.ApiPage;
import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.ListQuery;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /api/v3/users}: the tenant's staff, read only. The policy grants {@code users:read} to Admin clients
 * of an admin only, so no customer visibility applies here: whoever reaches it may see every user.
 */
@ApiController
@RequestMapping("/api/v3/users")
class UserApi {

    private final ApiUsers users;

    UserApi(ApiUsers users) {
        this.users = users;
    }

    @GetMapping
    ApiPage list(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ListQuery query = ApiQuery.list(request, ApiUsers.QUERY, caller);
        return ApiPage.of(request, query, users.count(query),
                users.list(query).stream().map(u -> u.representation(caller)).toList());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ApiQuery.item(request, ApiUsers.QUERY, caller);
        return users.find(id).orElseThrow(ApiException::notFound).representation(caller);
    }
}
