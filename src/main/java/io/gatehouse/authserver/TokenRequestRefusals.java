package io.gatehouse.authserver;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.gatehouse.access.Refusal;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * Why a request to the authorization server was refused, kept with the request for the request log. The
 * caller still gets only the RFC 6749 error code: a wrong secret and a revoked client read the same to it,
 * while the tenant admin reading the log learns which it was.
 */
final class TokenRequestRefusals {

    /** Not an RFC 6749 §5.2 code: the whole account is off, which no client can fix by retrying. */
    static final String ACCESS_DENIED = "access_denied";

    static final String API_DISABLED_DESCRIPTION = "The API of this account is turned off by its administrator; "
            + "no tokens are issued until it is turned back on (System Settings › API › Settings).";

    private TokenRequestRefusals() {
    }

    static OAuth2AuthenticationException apiDisabled() {
        new Refusal("api_disabled", "The API of this account is turned off; every token request is refused.")
                .attachToCurrentRequest();
        return new OAuth2AuthenticationException(new OAuth2Error(ACCESS_DENIED, API_DISABLED_DESCRIPTION, null));
    }

    static void clientRefused(RefusalReason reason) {
        String sentence;
        if (reason == RefusalReason.CLIENT_REVOKED) {
            sentence = "The client has been revoked; it can no longer obtain tokens.";
        }
        else if (reason == RefusalReason.CLIENT_EXPIRED) {
            sentence = "The client has expired; it can no longer obtain tokens.";
        }
        else {
            sentence = "The client's owner has been deactivated; it can no longer obtain tokens.";
        }
        new Refusal(reason.code(), sentence).attachToCurrentRequest();
    }

    /** A known client id whose secret did not match any secret valid now. */
    static Refusal wrongSecret() {
        return new Refusal("client_secret_invalid",
                "The client secret is wrong (a secret replaced by Rotate stops working when its grace period ends).");
    }

    /** An error of the token endpoint after the client authenticated: grant type, scope or request. */
    static Refusal tokenRequestError(OAuth2Error error, String requestedScope, Set<String> clientScopes) {
        String code = error.getErrorCode();
        if (OAuth2ErrorCodes.INVALID_SCOPE.equals(code)) {
            Set<String> asked = new TreeSet<>(requestedScope == null ? List.of()
                    : Arrays.asList(requestedScope.trim().split(" +")));
            asked.removeAll(clientScopes);
            return new Refusal(code, "asked for " + String.join(" ", asked) + "; this client has "
                    + (clientScopes.isEmpty() ? "no scopes" : String.join(" ", new TreeSet<>(clientScopes))));
        }
        if (OAuth2ErrorCodes.UNSUPPORTED_GRANT_TYPE.equals(code)) {
            return new Refusal(code, "Only grant_type=client_credentials is offered here.");
        }
        String description = error.getDescription();
        return new Refusal(code, description == null ? "The token request was malformed." : description);
    }
}
