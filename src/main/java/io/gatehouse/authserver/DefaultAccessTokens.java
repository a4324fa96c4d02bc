package io.gatehouse.authserver;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.shared.KeyedHasher;

import org.springframework.stereotype.Service;

/**
 * Finds the session of a presented token by the keyed hash of the token, in the current tenant only, and
 * judges it against the session's and the client's state as they are now.
 */
@Service
class DefaultAccessTokens implements AccessTokens {

    /** Far longer than any token we issue; anything longer is not ours and is not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 256;

    private final SessionStore store;
    private final ClientRegistry clients;
    private final ClientStanding standing;
    private final KeyedHasher hasher;
    private final Clock clock;

    DefaultAccessTokens(SessionStore store, ClientRegistry clients, ClientStanding standing, KeyedHasher hasher,
            Clock clock) {
        this.store = store;
        this.clients = clients;
        this.standing = standing;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public TokenCheck check(String rawToken) {
        return resolve(rawToken).<TokenCheck>map(r -> r.refusal() == null
                ? new TokenCheck.Active(r.session().id(), r.client(), r.scopes(), r.session().expiresAt())
                : new TokenCheck.Refused(r.refusal(), r.session().id(), r.client().id()))
                .orElseGet(TokenCheck.Refused::unknown);
    }

    /** The session of a token issued on this tenant, with the verdict on it; empty if there is none. */
    Optional<Resolution> resolve(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(OpaqueAccessTokenGenerator.PREFIX)
                || rawToken.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.findByTokenHash(hasher.hash(rawToken))
                .flatMap(session -> clients.find(session.clientPk()).map(client -> {
                    ClientStanding.Standing judged = standing.judge(client, now);
                    return new Resolution(session, client, refusal(session, judged, now),
                            judged.usable(effectiveScopes(session, client)));
                }));
    }

    /** Client-wide reasons first: they are what an integration developer has to act on. */
    private static RefusalReason refusal(SessionRecord session, ClientStanding.Standing judged, Instant now) {
        if (judged.refusal().isPresent()) {
            return judged.refusal().get();
        }
        if (session.revokedAt() != null) {
            return RefusalReason.TOKEN_REVOKED;
        }
        return session.expired(now) ? RefusalReason.TOKEN_EXPIRED : null;
    }

    /**
     * A scope removed from the client stops working on live tokens; a scope added does not widen them; an
     * admin-only scope stops working when the owner stops being an admin.
     */
    private static List<String> effectiveScopes(SessionRecord session, OAuthClient client) {
        if (client.scopes().containsAll(session.scopes())) {
            return session.scopes(); // the common case, on every API call: nothing to filter, nothing to copy
        }
        return session.scopes().stream().filter(client.scopes()::contains).toList();
    }

    /** @param refusal {@code null} when the token may be used */
    record Resolution(SessionRecord session, OAuthClient client, RefusalReason refusal, List<String> scopes) {
    }
}
