package io.gatehouse.identity;

import java.time.Instant;

/**
 * A user token as the console lists it: never the token itself, only its last characters to tell it apart.
 *
 * @param hint         the last characters of the token
 * @param revokedAt    {@code null} while the token works
 * @param lastUsedAt   {@code null} when never used
 */
public record UserToken(long id, long userId, String username, String userDisplayName, String label, String hint,
        Instant createdAt, String createdBy, Instant revokedAt, Instant lastUsedAt, long requestCount) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** How the token is shown: {@code gut_…1a2b}. */
    public String masked() {
        return UserTokens.PREFIX + "…" + hint;
    }
}
