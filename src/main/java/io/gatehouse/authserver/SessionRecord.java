package io.gatehouse.authserver;

import java.time.Instant;
import java.util.List;

/** A stored session row. Holds the keyed hash of the token, never the token. */
record SessionRecord(String id, long clientPk, String tokenHash, List<String> scopes, Instant issuedAt,
        Instant expiresAt, String requesterIp, String userAgent, Instant revokedAt, Instant lastUsedAt,
        long requestCount) {

    SessionRecord {
        scopes = List.copyOf(scopes);
    }

    static SessionRecord issued(String id, long clientPk, String tokenHash, List<String> scopes, Instant issuedAt,
            Instant expiresAt, String requesterIp, String userAgent) {
        return new SessionRecord(id, clientPk, tokenHash, scopes, issuedAt, expiresAt, requesterIp, userAgent,
                null, null, 0);
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    ClientSession view() {
        return new ClientSession(id, clientPk, scopes, issuedAt, expiresAt, requesterIp, userAgent, revokedAt,
                lastUsedAt, requestCount);
    }

    @Override
    public String toString() {
        // The hash is not a secret, but there is no reason to spread it into logs either.
        return "SessionRecord[" + id + ", client " + clientPk + "]";
    }
}
