package io.gatehouse.authserver;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.access.Attribution;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A token request refused after its client authenticated (invalid scope, unsupported grant type, malformed
 * request): answered by the framework's RFC 6749 handler, with the reason kept for the request log.
 */
final class TokenEndpointFailures implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler delegate = new OAuth2ErrorAuthenticationFailureHandler();

    private final TenantRegisteredClientRepository clients;

    TokenEndpointFailures(TenantRegisteredClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError()
                : new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST);
        TokenRequestRefusals.tokenRequestError(error, request.getParameter(OAuth2ParameterNames.SCOPE),
                clientScopes(request)).attachTo(request);
        delegate.onAuthenticationFailure(request, response, exception);
    }

    /** The endpoint has cleared the security context by now; the client is known from the attribution. */
    private Set<String> clientScopes(HttpServletRequest request) {
        Attribution attribution = Attribution.of(request);
        return attribution == null || attribution.clientPk() == null ? Set.of()
                : clients.grantableScopes(attribution.clientPk());
    }
}
