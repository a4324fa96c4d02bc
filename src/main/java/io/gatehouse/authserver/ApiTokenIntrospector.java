package io.gatehouse.authserver;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.CustomerTree;
import io.gatehouse.access.Scope;
import io.gatehouse.access.ScopeCatalogue;
import io.gatehouse.access.TokenRefusedException;
import io.gatehouse.access.Visibility;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.UserDirectory;

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
    private final UserDirectory users;
    private final CustomerTree customers;
    private final Clock clock;

    ApiTokenIntrospector(AccessTokens tokens, Sessions sessions, UserDirectory users, CustomerTree customers,
            Clock clock) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.users = users;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        TokenCheck check = tokens.check(token);
        if (check instanceof TokenCheck.Active active) {
            return caller(active);
        }
        RefusalReason reason = ((TokenCheck.Refused) check).reason();
        throw new TokenRefusedException(reason.code(), reason.sentence());
    }

    private ApiCaller caller(TokenCheck.Active active) {
        OAuthClient client = active.client();
        sessions.recordUse(active.sessionId(), clock.instant());
        Visibility visibility = client.accessLevel() == AccessLevel.CUSTOMER
                ? new Visibility.OwnedBy(customers.withDescendants(client.ownerCustomerId()))
                : Visibility.ALL;
        return new ApiCaller(client.id(), client.clientId(), client.name(), active.sessionId(), client.accessLevel(),
                client.ownerUserId(), client.ownerCustomerId(), usableScopes(active, client),
                new HashSet<>(client.excludedFields()), visibility);
    }

    /** Admin-only scopes need an Admin client whose owner is an admin now, whatever the client was given. */
    private Set<String> usableScopes(TokenCheck.Active active, OAuthClient client) {
        Set<String> scopes = new HashSet<>(active.scopes());
        boolean adminOwner = client.accessLevel() == AccessLevel.ADMIN && client.ownerUserId() != null
                && users.find(client.ownerUserId()).map(ConsoleUser::isAdmin).orElse(false);
        if (!adminOwner) {
            scopes.removeIf(name -> ScopeCatalogue.find(name).map(Scope::adminOnly).orElse(true));
        }
        return scopes;
    }
}
