package io.gatehouse.authserver;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Attribution;
import io.gatehouse.access.CustomerTree;
import io.gatehouse.access.ScopeCatalogue;
import io.gatehouse.access.TokenRefusedException;
import io.gatehouse.access.Visibility;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.UserTokenCheck;
import io.gatehouse.identity.UserTokens;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * The resource server's view of a bearer token: checks it against the session store (so a revocation or an
 * edit of the client applies on the next request) and turns it into the {@link ApiCaller} the access
 * policy works with. A legacy user token ({@code gut_}) is checked by the user tokens instead.
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private final AccessTokens tokens;
    private final Sessions sessions;
    private final CustomerTree customers;
    private final UserTokens userTokens;
    private final Clock clock;

    ApiTokenIntrospector(AccessTokens tokens, Sessions sessions, CustomerTree customers, UserTokens userTokens,
            Clock clock) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.customers = customers;
        this.userTokens = userTokens;
        this.clock = clock;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        if (token != null && token.startsWith(UserTokens.PREFIX)) {
            return userToken(token);
        }
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
                client.ownerUserId(), client.ownerCustomerId(), Set.copyOf(active.scopes()),
                Set.copyOf(client.excludedFields()), visibility);
    }

    /** A user token may do everything its user may: every record, no hidden field, every scope of its role. */
    private ApiCaller userToken(String token) {
        UserTokenCheck check = userTokens.check(token);
        if (check instanceof UserTokenCheck.Active active) {
            Attribution.userToken(active.tokenId()).attachToCurrentRequest();
            ConsoleUser user = active.user();
            List<String> usable = ScopeCatalogue.usable(ScopeCatalogue.names(), user.isAdmin());
            return ApiCaller.userToken(active.tokenId(), user.id(), user.displayName(), Set.copyOf(usable));
        }
        UserTokenCheck.Refused refused = (UserTokenCheck.Refused) check;
        if (refused.tokenId() != null) {
            // A known token that may no longer be used: its refused requests are logged against it.
            Attribution.userToken(refused.tokenId()).attachToCurrentRequest();
        }
        throw new TokenRefusedException(refused.code(), refused.sentence());
    }
}
