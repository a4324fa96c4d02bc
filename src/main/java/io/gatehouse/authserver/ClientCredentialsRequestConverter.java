package io.gatehouse.authserver;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * The only grant accepted: client_credentials. A request without {@code scope} gets every scope of the
 * client (RFC 6749 §3.3 lets the server choose a default); the framework would otherwise grant none.
 */
final class ClientCredentialsRequestConverter implements AuthenticationConverter {

    private final OAuth2ClientCredentialsAuthenticationConverter delegate =
            new OAuth2ClientCredentialsAuthenticationConverter();

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = delegate.convert(request);
        if (converted instanceof OAuth2ClientCredentialsAuthenticationToken grant && grant.getScopes().isEmpty()
                && grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null) {
            RegisteredClient registeredClient = client.getRegisteredClient();
            return new OAuth2ClientCredentialsAuthenticationToken(client, registeredClient.getScopes(),
                    grant.getAdditionalParameters());
        }
        return converted;
    }
}
