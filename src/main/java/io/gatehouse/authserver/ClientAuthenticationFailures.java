package io.gatehouse.authserver;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.access.Attribution;
import io.gatehouse.access.Refusal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Failed or missing client authentication, as RFC 6749 §5.2 wants it: {@code invalid_client} with 401 and a
 * Basic challenge. The body holds the error code only, so an unknown client id, a wrong secret and a
 * revoked or expired client cannot be told apart.
 * <p>
 * A script in a browser page (Swagger UI's Authorize, marked {@code X-Requested-With: XMLHttpRequest}) gets
 * no challenge: on a Basic challenge the browser holds the request open behind its own sign-in prompt, so
 * the page never learns that the secret was wrong.
 */
final class ClientAuthenticationFailures implements AuthenticationFailureHandler, AuthenticationEntryPoint {

    static final String CHALLENGE = "Basic realm=\"gatehouse\"";

    private final OAuth2ErrorHttpMessageConverter converter = new OAuth2ErrorHttpMessageConverter();

    /** Credentials were presented and refused. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SecurityContextHolder.clearContext();
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError()
                : new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT);
        if (Refusal.of(request) == null && Attribution.of(request) != null
                && OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode())) {
            // The client id is known and in good standing, so it was the secret.
            TokenRequestRefusals.wrongSecret().attachTo(request);
        }
        write(request, response, error);
    }

    /** No credentials were presented at all. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        write(request, response, new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, OAuth2Error error)
            throws IOException {
        ServletServerHttpResponse httpResponse = new ServletServerHttpResponse(response);
        String code = error.getErrorCode();
        if (TokenRequestRefusals.ACCESS_DENIED.equals(code)) {
            // The account's API is off: the one refusal that says why, since no secret would help.
            httpResponse.setStatusCode(HttpStatus.FORBIDDEN);
            converter.write(error, null, httpResponse);
            return;
        }
        if (OAuth2ErrorCodes.INVALID_CLIENT.equals(code)) {
            httpResponse.setStatusCode(HttpStatus.UNAUTHORIZED);
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                httpResponse.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            }
        }
        else {
            httpResponse.setStatusCode(HttpStatus.BAD_REQUEST);
        }
        converter.write(new OAuth2Error(code), null, httpResponse);
    }
}
