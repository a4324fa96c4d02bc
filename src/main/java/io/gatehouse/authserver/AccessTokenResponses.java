package io.gatehouse.authserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.io.JsonStringEncoder;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * The token endpoint's answer (RFC 6749 §5.1), written straight to the response: {@code access_token},
 * {@code scope}, {@code token_type} and {@code expires_in}, as the authorization server's own handler writes
 * them. That handler goes through a response object, a map, a message converter and Jackson's object writer for
 * these four fields: a twentieth of a token's CPU on the token endpoint (docs/decisions.md §26). Anything this
 * server does not issue (a refresh token, extra parameters) is left to that handler.
 */
final class AccessTokenResponses implements AuthenticationSuccessHandler {

    private static final JsonStringEncoder JSON = JsonStringEncoder.getInstance();

    private final AuthenticationSuccessHandler general = new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
    private final Clock clock;

    AccessTokenResponses(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (!(authentication instanceof OAuth2AccessTokenAuthenticationToken issued)
                || issued.getRefreshToken() != null || !issued.getAdditionalParameters().isEmpty()) {
            general.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        byte[] body = json(issued.getAccessToken(), clock.instant()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String json(OAuth2AccessToken token, Instant now) {
        StringBuilder json = new StringBuilder(160).append("{\"access_token\":\"");
        JSON.quoteAsString(token.getTokenValue(), json);
        if (!token.getScopes().isEmpty()) {
            json.append("\",\"scope\":\"");
            JSON.quoteAsString(String.join(" ", token.getScopes()), json);
        }
        json.append("\",\"token_type\":\"").append(token.getTokenType().getValue()).append('"');
        if (token.getExpiresAt() != null) {
            // Seconds left from now, as the authorization server's own response counts them.
            json.append(",\"expires_in\":").append(Duration.between(now, token.getExpiresAt()).toSeconds());
        }
        return json.append('}').toString();
    }
}
