package io.gatehouse.bench;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ScopeCatalogue;
import io.gatehouse.access.Visibility;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.filter.GenericFilterBean;

/**
 * Authenticates every request as one fixed caller, where the product's chain checks a bearer token: an Admin
 * caller with every scope of the catalogue, every record and no hidden field, so each endpoint returns all it
 * can. The caller sits in the security context as the product's resource server puts it there (a
 * {@link BearerTokenAuthentication} with the {@link ApiCaller} as principal), so {@link ApiCaller#current()}
 * and everything after it runs unchanged. Nothing is read per request: no token, no database.
 */
class FixedCallerFilter extends GenericFilterBean {

    /** No client row has id 0, and no session: this caller belongs to nobody. */
    static final ApiCaller CALLER = new ApiCaller(0, "bench-baseline", "Benchmark baseline", null,
            AccessLevel.ADMIN, null, null, ScopeCatalogue.names(), Set.of(), Visibility.ALL);

    private static final BearerTokenAuthentication AUTHENTICATION = new BearerTokenAuthentication(CALLER,
            new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "bench-baseline", null, null),
            CALLER.getAuthorities());

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The chain's SecurityContextHolderFilter clears the context after the request.
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(AUTHENTICATION);
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
