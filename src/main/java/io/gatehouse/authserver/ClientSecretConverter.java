package io.gatehouse.authserver;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.ClientSecretBasicAuthenticationConverter;
import org.springframework.security.oauth2.server.authorization.web.authentication.ClientSecretPostAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads client credentials (Basic or form post) and nothing else. The framework's converters also pass on
 * authorization-code parameters for PKCE checks, which would answer a {@code grant_type=authorization_code}
 * request with {@code invalid_grant}; this server has no authorization codes, so such a request must get
 * {@code unsupported_grant_type} like any other grant it does not offer.
 */
final class ClientSecretConverter implements AuthenticationConverter {

    private final AuthenticationConverter delegate;

    private ClientSecretConverter(AuthenticationConverter delegate) {
        this.delegate = delegate;
    }

    static ClientSecretConverter basic() {
        return new ClientSecretConverter(new ClientSecretBasicAuthenticationConverter());
    }

    static ClientSecretConverter post() {
        return new ClientSecretConverter(new ClientSecretPostAuthenticationConverter());
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = delegate.convert(request);
        if (converted instanceof OAuth2ClientAuthenticationToken client && !client.getAdditionalParameters().isEmpty()) {
            return new OAuth2ClientAuthenticationToken(client.getPrincipal().toString(),
                    client.getClientAuthenticationMethod(), client.getCredentials(), Map.of());
        }
        return converted;
    }
}
