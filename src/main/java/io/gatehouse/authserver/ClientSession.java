package io.gatehouse.authserver;

import java.time.Instant;
import java.util.List;

/**
 * One issued access token as View Sessions shows it. The token itself is never kept.
 *
 * @param requesterIp the address the token was requested from
 * @param userAgent   the User-Agent of the token request, if any
 * @param lastUsedAt  the last API request made with it, {@code null} if none yet
 */
public record ClientSession(String id, long clientPk, List<String> scopes, Instant issuedAt, Instant expiresAt,
        String requesterIp, String userAgent, Instant revokedAt, Instant lastUsedAt, long requestCount) {

    public ClientSession {
        scopes = List.copyOf(scopes);
    }

    /** The first block of the id: enough to tell a client's sessions apart on a page or in a sentence. */
    public String shortId() {
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }
}
