package io.gatehouse.authserver;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The sessions (issued access tokens) of the current tenant's clients, for View Sessions and the API.
 * A session is live while it is neither revoked nor expired and its client may still use tokens.
 */
public interface Sessions {

    /** The client's live sessions, newest first; none when the client itself can no longer use tokens. */
    List<ClientSession> list(long clientPk);

    /** One page of the client's live sessions, newest first, with how many there are in all. */
    SessionPage page(long clientPk, int offset, int limit);

    /** @return whether a live session of this client was revoked */
    boolean revoke(long clientPk, String sessionId);

    /** Revokes every live session of the client; @return how many */
    int revokeAll(long clientPk);

    int countActive(long clientPk);

    /** Per client of the tenant: its live sessions and when any of its tokens was last used. */
    Map<Long, ClientUsage> usage();

    /**
     * Counts one API request made with the session and remembers when it was last used: in memory, written to
     * the session within {@code gatehouse.usage.flush-interval} (docs/decisions.md, "Usage counts are flushed
     * once a second"). Never touches the database on the calling thread.
     */
    void recordUse(String sessionId, Instant at);
}
