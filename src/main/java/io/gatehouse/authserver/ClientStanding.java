package io.gatehouse.authserver;

import java.time.Instant;
import java.util.Optional;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.UserDirectory;

import org.springframework.stereotype.Component;

/**
 * Whether a client may obtain and use tokens right now. Read from the database on every call, with no
 * cache, so a revocation, an expiry or an owner's deactivation takes effect at once on every node.
 */
@Component
class ClientStanding {

    private final UserDirectory users;

    ClientStanding(UserDirectory users) {
        this.users = users;
    }

    /** Empty when the client is in good standing; otherwise the first reason it is not. */
    Optional<RefusalReason> refusal(OAuthClient client, Instant now) {
        if (client.revokedAt() != null) {
            return Optional.of(RefusalReason.CLIENT_REVOKED);
        }
        if (!now.isBefore(client.expiresAt())) {
            return Optional.of(RefusalReason.CLIENT_EXPIRED);
        }
        if (client.accessLevel() == AccessLevel.ADMIN && !ownerActive(client)) {
            // An Admin client never does more than its owner; a deactivated owner may do nothing.
            return Optional.of(RefusalReason.OWNER_DEACTIVATED);
        }
        return Optional.empty();
    }

    private boolean ownerActive(OAuthClient client) {
        return client.ownerUserId() != null
                && users.find(client.ownerUserId()).map(ConsoleUser::active).orElse(false);
    }
}
