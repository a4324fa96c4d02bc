package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.authorization.web.OAuth2TokenEndpointFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

/** What runs for a token request: the authorization server's filters, without CSRF protection it cannot use. */
class AuthorizationServerChainTests extends AuthServerTestSupport {

    @Autowired
    List<SecurityFilterChain> chains;

    @Test
    void tokenChainWhenBuiltThenTokenEndpointWithoutCsrfFilter() {
        MockHttpServletRequest token = new MockHttpServletRequest("POST", "/oauth2/token");
        token.setServletPath("/oauth2/token");
        SecurityFilterChain chain = chains.stream().filter(c -> c.matches(token)).findFirst().orElseThrow();

        List<Class<?>> filters = chain.getFilters().stream().<Class<?>>map(Filter::getClass).toList();

        assertThat(filters).contains(OAuth2TokenEndpointFilter.class).doesNotContain(CsrfFilter.class);
    }
}
