package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** The token endpoint's success answer, written without the authorization server's converter. */
class AccessTokenResponsesTests {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final AccessTokenResponses RESPONSES = new AccessTokenResponses(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void onAuthenticationSuccessWhenAccessTokenThenRfc6749Answer() throws Exception {
        MockHttpServletResponse response = write(issued(token("gat_abc", List.of("orders:read", "customers:read")),
                null, Map.of()));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        JsonNode body = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(body.propertyNames()).containsExactly("access_token", "scope", "token_type", "expires_in");
        assertThat(body.get("access_token").asString()).isEqualTo("gat_abc");
        assertThat(body.get("scope").asString()).isEqualTo("orders:read customers:read");
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3599);
    }

    @Test
    void jsonWhenNoScopeThenScopeLeftOut() {
        String json = AccessTokenResponses.json(token("gat_abc", List.of()), NOW);

        assertThat(json).isEqualTo("{\"access_token\":\"gat_abc\",\"token_type\":\"Bearer\",\"expires_in\":3599}");
    }

    @Test
    void jsonWhenValuesNeedEscapingThenValidJson() throws Exception {
        String json = AccessTokenResponses.json(token("gat_\"\\\n", List.of("a\"b")), NOW);

        JsonNode body = JsonMapper.shared().readTree(json);
        assertThat(body.get("access_token").asString()).isEqualTo("gat_\"\\\n");
        assertThat(body.get("scope").asString()).isEqualTo("a\"b");
    }

    @Test
    void onAuthenticationSuccessWhenRefreshTokenThenAuthorizationServersOwnAnswer() throws Exception {
        OAuth2RefreshToken refresh = new OAuth2RefreshToken("refresh-value", NOW, NOW.plusSeconds(7200));

        MockHttpServletResponse response = write(issued(token("gat_abc", List.of("orders:read")), refresh,
                Map.of("extra", "yes")));

        JsonNode body = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(body.get("access_token").asString()).isEqualTo("gat_abc");
        assertThat(body.get("refresh_token").asString()).isEqualTo("refresh-value");
        assertThat(body.get("extra").asString()).isEqualTo("yes");
    }

    private static OAuth2AccessToken token(String value, List<String> scopes) {
        Set<String> ordered = new LinkedHashSet<>(scopes);
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, NOW.minusSeconds(1),
                NOW.plusSeconds(3599), ordered);
    }

    private static OAuth2AccessTokenAuthenticationToken issued(OAuth2AccessToken token, OAuth2RefreshToken refresh,
            Map<String, Object> parameters) {
        RegisteredClient client = RegisteredClient.withId("1").clientId("gci_test")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build();
        return new OAuth2AccessTokenAuthenticationToken(client, new TestingAuthenticationToken("gci_test", null),
                token, refresh, parameters);
    }

    private static MockHttpServletResponse write(OAuth2AccessTokenAuthenticationToken issued) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        RESPONSES.onAuthenticationSuccess(new MockHttpServletRequest("POST", "/oauth2/token"), response, issued);
        return response;
    }
}
