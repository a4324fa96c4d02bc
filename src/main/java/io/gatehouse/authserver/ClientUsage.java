package io.gatehouse.authserver;

import java.time.Instant;

/**
 * How a client is being used, for the client list.
 *
 * @param activeSessions its sessions neither revoked nor expired
 * @param lastUsedAt     the last API request made with any of its tokens, {@code null} if none yet
 */
public record ClientUsage(int activeSessions, Instant lastUsedAt) {

    public static final ClientUsage NONE = new ClientUsage(0, null);
}
