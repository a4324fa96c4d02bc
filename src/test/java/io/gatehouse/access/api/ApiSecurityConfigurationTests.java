package io.gatehouse.access.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.gatehouse.support.ApiTestSupport;
import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.resource.web.OAuth2ProtectedResourceMetadataFilter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.AuthenticationFilter;

/** The API's chain: what it runs on every call, and that a well-known metadata path is not among its calls. */
class ApiSecurityConfigurationTests extends ApiTestSupport {

    @Autowired
    FilterChainProxy filterChainProxy;

    @Test
    void apiChainWhenBuiltThenHoldsTheBearerFilterAndNeitherUnofferedFilter() {
        List<Filter> filters = filterChainProxy.getFilters("/api/v3/orders/1");

        assertThat(filters).hasAtLeastOneElementOfType(BearerTokenAuthenticationFilter.class)
                .hasAtLeastOneElementOfType(ApiDisabledFilter.class)
                .noneMatch(OAuth2ProtectedResourceMetadataFilter.class::isInstance)
                .noneMatch(filter -> filter.getClass() == AuthenticationFilter.class);
    }

    @Test
    void protectedResourceMetadataPathWhenRequestedThenNotTheApiChains() {
        // RFC 9728's path lies outside /api/v3: the filter dropped from the API's chain could never have served it.
        List<Filter> filters = filterChainProxy.getFilters("/.well-known/oauth-protected-resource/api/v3");

        assertThat(filters).noneMatch(BearerTokenAuthenticationFilter.class::isInstance);
    }
}
