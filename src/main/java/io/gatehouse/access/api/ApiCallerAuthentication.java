package io.gatehouse.access.api;

import java.io.Serial;

import io.gatehouse.access.ApiCaller;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenAuthenticationConverter;

/**
 * An authenticated API call: the {@link ApiCaller} the token check made, as the principal, with its scopes as
 * {@code SCOPE_} authorities. The resource server's default, a {@code BearerTokenAuthentication}, copies the
 * caller's attributes into a map and builds an access token from them on every call; nothing reads either (the
 * access policy reads the caller), so this keeps the caller alone (decisions §37). The token is not kept.
 */
final class ApiCallerAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /** For the resource server's opaque-token provider, after the introspector's check. */
    static final OpaqueTokenAuthenticationConverter CONVERTER = ApiCallerAuthentication::of;

    private final transient ApiCaller caller; // the API's chain is stateless: never serialized

    private ApiCallerAuthentication(ApiCaller caller) {
        super(caller.getAuthorities());
        this.caller = caller;
        setAuthenticated(true);
    }

    /** The introspector of the API's chain answers callers only; anything else is a wiring mistake. */
    static Authentication of(String token, OAuth2AuthenticatedPrincipal principal) {
        if (principal instanceof ApiCaller caller) {
            return new ApiCallerAuthentication(caller);
        }
        throw new IllegalStateException("The API's token introspector answered a "
                + principal.getClass().getName() + ", not an ApiCaller");
    }

    @Override
    public ApiCaller getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
