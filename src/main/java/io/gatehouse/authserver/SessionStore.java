package io.gatehouse.authserver;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.tenancy.UseCount;

/** Persistence port for sessions, always within the tenant of the current thread. */
interface SessionStore {

    void insert(SessionRecord session);

    /** Stores all the sessions, committed together, or none of them. */
    void insertAll(List<SessionRecord> sessions);

    /**
     * The session of a token, for judging it: its revocation shows at once on every node, its usage counts
     * may lag behind the database's (they are not announced).
     */
    Optional<SessionRecord> findByTokenHash(String tokenHash);

    Optional<SessionRecord> findById(String id);

    /** Sessions neither revoked nor expired at {@code now}, newest first. */
    List<SessionRecord> listLive(long clientPk, Instant now);

    /** A page of {@link #listLive}. */
    List<SessionRecord> listLive(long clientPk, Instant now, int offset, int limit);

    int countLive(long clientPk, Instant now);

    /** Per client: live sessions at {@code now} and the latest use of any session. */
    Map<Long, ClientUsage> usage(Instant now);

    /** @return whether a session that was not yet revoked is revoked now */
    boolean revoke(String id, Instant at);

    /** @return whether a live session of the client was revoked now */
    boolean revokeLive(long clientPk, String id, Instant at);

    /** Revokes the client's sessions that are still live at {@code at}; @return how many */
    int revokeLive(long clientPk, Instant at);

    /** Adds uses to the sessions' counts and moves their last use forward; the caller makes it one transaction. */
    void addUses(List<UseCount<String>> uses);
}
