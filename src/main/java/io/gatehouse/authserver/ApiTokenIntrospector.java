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
import io.gatehouse.shared.Caches;

import com.github.benmanes.caffeine.cache.Cache;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * The resource server's view of a bearer token: checks it against the session store (so a revocation or an
 * edit of the client applies on the next request) and turns it into the {@link ApiCaller} the access
 * policy works with. A legacy user token ({@code gut_}) is checked by the user tokens instead.
 *
 * <p>The check runs on every request; the caller it yields is the same until the client, the scopes usable or
 * the customer tree change, so the last one built for each session is reused while they are the very same:
 * building it copies the scopes and the excluded fields into sets, some 5 µs of every API call (decisions §39).
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private final AccessTokens tokens;
    private final Sessions sessions;
    private final CustomerTree customers;
    private final UserTokens userTokens;
    private final Clock clock;
    /** By session id; an entry only serves the same client, scopes and tree it was built from. */
    private final Cache<String, BuiltCaller> callers = Caches.builder().maximumSize(10_000).build();

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
        Set<Long> tree = client.accessLevel() == AccessLevel.CUSTOMER
                ? customers.withDescendants(client.ownerCustomerId())
                : null;
        BuiltCaller last = callers.getIfPresent(active.sessionId());
        if (last != null && last.isFrom(client, active.scopes(), tree)) {
            return last.caller();
        }
        ApiCaller caller = new ApiCaller(client.id(), client.clientId(), client.name(), active.sessionId(),
                client.accessLevel(), client.ownerUserId(), client.ownerCustomerId(), Set.copyOf(active.scopes()),
                Set.copyOf(client.excludedFields()), tree == null ? Visibility.ALL : new Visibility.OwnedBy(tree));
        callers.put(active.sessionId(), new BuiltCaller(client, active.scopes(), tree, caller));
        return caller;
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

    /**
     * A caller and what it was built from. The client and the tree come from caches that load a new object for
     * every change (and after their safety expiry), so they are compared by identity: a record's generated
     * {@code equals} runs through method handles, up to 15 µs a call in the profile (decisions §39), and a new
     * object costs one rebuild, after which the entry holds it. The scopes usable may be a new list per call.
     */
    private record BuiltCaller(OAuthClient client, List<String> scopes, Set<Long> tree, ApiCaller caller) {

        boolean isFrom(OAuthClient otherClient, List<String> otherScopes, Set<Long> otherTree) {
            return client == otherClient && tree == otherTree && scopes.equals(otherScopes);
        }
    }
}
