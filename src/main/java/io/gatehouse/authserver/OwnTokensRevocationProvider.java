package io.gatehouse.authserver;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenRevocationAuthenticationToken;

/**
 * RFC 7009 §2.1: a client may revoke only the tokens issued to it; otherwise the request is refused. The
 * framework refuses with {@code invalid_client}, which would tell a correctly authenticated client that
 * its credentials failed; this answers {@code unauthorized_client} instead and leaves the token alone.
 */
final class OwnTokensRevocationProvider implements AuthenticationProvider {

    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc7009#section-2.1";

    private final AuthenticationProvider delegate;
    private final OAuth2AuthorizationService authorizations;

    OwnTokensRevocationProvider(AuthenticationProvider delegate, OAuth2AuthorizationService authorizations) {
        this.delegate = delegate;
        this.authorizations = authorizations;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2TokenRevocationAuthenticationToken revocation = (OAuth2TokenRevocationAuthenticationToken) authentication;
        if (revocation.getPrincipal() instanceof OAuth2ClientAuthenticationToken caller
                && caller.getRegisteredClient() != null) {
            OAuth2Authorization authorization = authorizations.findByToken(revocation.getToken(), null);
            if (authorization != null
                    && !authorization.getRegisteredClientId().equals(caller.getRegisteredClient().getId())) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT,
                        "The token was not issued to this client.", ERROR_URI));
            }
        }
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
