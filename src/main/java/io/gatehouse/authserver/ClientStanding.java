package io.gatehouse.authserver;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.access.ScopeCatalogue;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.UserDirectory;

import org.springframework.stereotype.Component;

/**
 * Whether a client may obtain and use tokens right now, judged on every call. The client and its owner come
 * from caches that every change invalidates on every node as it commits (docs/decisions.md), so a revocation,
 * an expiry or an owner's deactivation takes effect on the next request everywhere.
 */
@Component
class ClientStanding {

    private final UserDirectory users;

    ClientStanding(UserDirectory users) {
        this.users = users;
    }

    /** Empty when the client is in good standing; otherwise the first reason it is not. */
    Optional<RefusalReason> refusal(OAuthClient client, Instant now) {
        return judge(client, now).refusal();
    }

    /** The client's standing now, reading its owner user (for an Admin client) once. */
    Standing judge(OAuthClient client, Instant now) {
        Long ownerId = ownerToRead(client);
        return judge(client, now, ownerId == null ? Optional.empty() : users.find(ownerId));
    }

    /** Whether each client may use tokens now, reading the tenant's users once for all of them. */
    Map<Long, Boolean> inGoodStanding(List<OAuthClient> clients, Instant now) {
        Map<Long, ConsoleUser> byId = users.list().stream()
                .collect(Collectors.toMap(ConsoleUser::id, Function.identity()));
        return clients.stream().collect(Collectors.toMap(OAuthClient::id,
                client -> judge(client, now, Optional.ofNullable(byId.get(ownerToRead(client)))).refusal().isEmpty()));
    }

    /** The owner user an Admin client answers to, or {@code null}: no other client's standing depends on a user. */
    private static Long ownerToRead(OAuthClient client) {
        return client.accessLevel() == AccessLevel.ADMIN ? client.ownerUserId() : null;
    }

    /** @param owner the Admin client's owner as read now; empty for any other client, or when there is none */
    private static Standing judge(OAuthClient client, Instant now, Optional<ConsoleUser> owner) {
        if (client.revokedAt() != null) {
            return new Standing(Optional.of(RefusalReason.CLIENT_REVOKED), false);
        }
        if (!now.isBefore(client.expiresAt())) {
            return new Standing(Optional.of(RefusalReason.CLIENT_EXPIRED), false);
        }
        if (client.accessLevel() != AccessLevel.ADMIN) {
            return new Standing(Optional.empty(), false);
        }
        if (owner.map(ConsoleUser::active).orElse(false)) {
            return new Standing(Optional.empty(), owner.get().isAdmin());
        }
        // An Admin client never does more than its owner; a deactivated owner may do nothing.
        return new Standing(Optional.of(RefusalReason.OWNER_DEACTIVATED), false);
    }

    /**
     * @param refusal       empty when the client may obtain and use tokens
     * @param ownerIsAdmin  whether its owner is an active shop admin now: only then are admin-only scopes usable
     */
    record Standing(Optional<RefusalReason> refusal, boolean ownerIsAdmin) {

        /** The scopes the client may use now: admin-only ones need an Admin client whose owner is an admin. */
        List<String> usable(List<String> scopes) {
            return ownerIsAdmin ? scopes : ScopeCatalogue.usable(scopes, false);
        }
    }
}
