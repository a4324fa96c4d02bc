package io.gatehouse.access.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The API's bearer token resolver answers as Spring Security's default one does, header by header. */
class BearerHeaderResolverTests {

    private static final List<String> HEADERS = List.of("Bearer gat_abc", "bearer gat_abc", "BEARER gat_abc",
            "Bearer a-b.c_d~e+f/g", "Bearer abc==", "Bearer abc=", "Bearer =", "Bearer abc=d", "Bearer",
            "Bearer ", "Bearer  gat_abc", "Bearer gat abc", "Bearer gat_abc ", "Bearergat_abc", "Bearer\tgat_abc",
            "Bearer gat_ä", "Bearer gat_abc\n", "Basic dXNlcjpwYXNz", "Token gat_abc", "", "Bear gat_abc",
            " Bearer gat_abc");

    private final BearerHeaderResolver resolver = new BearerHeaderResolver();

    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Test
    void resolveWhenAnyHeaderThenSameAnswerAsSpringSecurity() {
        for (String header : HEADERS) {
            assertThat(outcome(() -> resolver.resolve(request(header))))
                    .as("Authorization: [%s]", header)
                    .isEqualTo(outcome(() -> spring.resolve(request(header))));
        }
    }

    @Test
    void resolveWhenBearerHeaderThenToken() {
        assertThat(resolver.resolve(request("Bearer gat_0123456789abcdef"))).isEqualTo("gat_0123456789abcdef");
    }

    @Test
    void resolveWhenNoAuthorizationHeaderThenNoToken() {
        assertThat(resolver.resolve(new MockHttpServletRequest("GET", "/api/v3/orders"))).isNull();
    }

    @Test
    void resolveWhenTokenMalformedThenInvalidTokenError() {
        assertThatThrownBy(() -> resolver.resolve(request("Bearer gat abc")))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, ex -> {
                    assertThat(ex.getError().getErrorCode()).isEqualTo("invalid_token");
                    assertThat(ex.getError().getDescription()).isEqualTo("Bearer token is malformed");
                });
    }

    @Test
    void resolveWhenTokenAlsoInQueryThenHeaderTokenOnly() {
        MockHttpServletRequest request = request("Bearer gat_abc");
        request.setParameter("access_token", "gat_other");
        assertThat(resolver.resolve(request)).isEqualTo("gat_abc");
    }

    @Test
    void convertWhenBearerHeaderThenUnauthenticatedTokenWithoutWebDetails() {
        BearerTokenAuthenticationToken token = resolver.convert(request("Bearer gat_0123456789abcdef"));

        assertThat(token.getToken()).isEqualTo("gat_0123456789abcdef");
        assertThat(token.isAuthenticated()).isFalse();
        assertThat(token.getDetails()).isNull();
    }

    @Test
    void convertWhenOtherSchemeOrNoHeaderThenNoAuthenticationRequest() {
        assertThat(resolver.convert(request("Basic dXNlcjpwYXNz"))).isNull();
        assertThat(resolver.convert(new MockHttpServletRequest("GET", "/api/v3/orders"))).isNull();
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v3/orders");
        request.addHeader("Authorization", authorization);
        return request;
    }

    /** The token, or the error code and description of the refusal. */
    private static String outcome(java.util.function.Supplier<String> resolve) {
        try {
            return "token:" + resolve.get();
        }
        catch (OAuth2AuthenticationException ex) {
            return "refused:" + ex.getError().getErrorCode() + ":" + ex.getError().getDescription();
        }
    }
}
