package io.gatehouse.access.api;

import java.io.IOException;
import java.util.Arrays;

import io.gatehouse.access.ApiException;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The tenant's kill switch: while its API is turned off, every API request is refused, whatever token it
 * carries. It runs right after the bearer token was checked, so a valid token's refused request is still
 * filed under its client in the request log. (A missing or invalid token is answered by
 * {@link ApiResponses#commence}, which applies the same switch.) The documentation stays public.
 */
final class ApiDisabledFilter extends OncePerRequestFilter {

    private final RequestMatcher publicPaths;
    private final ApiResponses responses;

    ApiDisabledFilter(ApiResponses responses, String... publicPaths) {
        this.responses = responses;
        this.publicPaths = new OrRequestMatcher(Arrays.stream(publicPaths)
                .<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher)
                .toList());
    }

    /** Whether the API of the request's tenant is turned off (no tenant: the tenant filter already refused). */
    static boolean apiTurnedOff() {
        return TenantContext.current().map(Tenant::apiEnabled).map(enabled -> !enabled).orElse(false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (apiTurnedOff() && !publicPaths.matches(request)) {
            responses.write(request, response, ApiException.apiDisabled());
            return;
        }
        chain.doFilter(request, response);
    }
}
