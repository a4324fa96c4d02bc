package io.gatehouse.authserver;

import java.time.Clock;
import java.util.HashSet;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Attribution;
import io.gatehouse.access.CustomerTree;
import io.gatehouse.access.TokenRefusedException;
import io.gatehouse.access.Visibility;
import io.gatehouse.clients.OAuthClient;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * The resource server's view of a bearer token: checks it against the session store (so a revocation or an
 * edit of the client applies on the next request) and turns it into the {@link ApiCaller} the access
 * policy works with.
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private final AccessTokens tokens;
    private final Sessions sessions;
    private final CustomerTree customers;
    private final Clock clock;

    ApiTokenIntrospector(AccessTokens tokens, Sessions sessions, CustomerTree customers, Clock clock) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        TokenCheck check = tokens.check(token);
        if (check instanceof TokenCheck.Active active) {
            Attribution.client(active.clientPk(), active.sessionId()).attachToCurrentRequest();
            return caller(active);
        }
        TokenCheck.Refused refused = (TokenCheck.Refused) check;
        if (refused.clientPk() != null) {
            // A known token that may no longer be used: its client's log shows the refused request.
            Attribution.client(refused.clientPk(), refused.sessionId()).attachToCurrentRequest();
        }
        throw new TokenRefusedException(refused.reason().code(), refused.reason().sentence());
    }

    private ApiCaller caller(TokenCheck.Active active) {
        OAuthClient client = active.client();
        sessions.recordUse(active.sessionId(), clock.instant());
        Visibility visibility = client.accessLevel() == AccessLevel.CUSTOMER
                ? new Visibility.OwnedBy(customers.withDescendants(client.ownerCustomerId()))
                : Visibility.ALL;
        return new ApiCaller(client.id(), client.clientId(), client.name(), active.sessionId(), client.accessLevel(),
                client.ownerUserId(), client.ownerCustomerId(), new HashSet<>(active.scopes()),
                new HashSet<>(client.excludedFields()), visibility);
    }
}
