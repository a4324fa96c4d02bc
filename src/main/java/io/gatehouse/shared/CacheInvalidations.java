package io.gatehouse.shared;

/**
 * Tells every node that a cached row changed. Several nodes may share one database, and each keeps its own
 * caches: a change is announced with {@link #publish}, inside the transaction that makes it (the announcement
 * then goes out at commit and is dropped on rollback) or right after it, and every node's listeners for that
 * cache drop the key. On PostgreSQL the announcement is a {@code NOTIFY}; on the embedded H2 database, which
 * one process opens, it stays in the process.
 *
 * <p>A row changed without a publish (by hand in a SQL console, say) stays cached until the safety TTL ends;
 * {@code select pg_notify('gatehouse_cache', '*')} empties every cache of every node.
 */
public interface CacheInvalidations {

    /**
     * Announces that {@code key} of {@code cache} changed; listeners on every node hear it after the current
     * transaction completes, or at once when there is none.
     *
     * @param cache a name without {@code ':'}, such as {@code clients}
     * @param key   the entry's key, such as {@code acme:42}
     */
    void publish(String cache, String key);

    /** Registers a listener for one cache name on this node. */
    void listen(String cache, Listener listener);

    /**
     * Whether this node hears every announcement now. While it does not (the PostgreSQL listener connection is
     * down or not yet up) a cache may miss a change, so caches read through to the database instead.
     */
    boolean listening();

    /** What a cache does when it hears of a change. */
    interface Listener {

        void invalidate(String key);

        /** Announcements may have been missed: forget everything. */
        void invalidateAll();
    }
}
