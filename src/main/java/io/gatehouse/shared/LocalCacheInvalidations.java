package io.gatehouse.shared;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Announcements for a database only this process can open: the embedded H2 database (a file the process
 * locks, or memory). They reach every application context of the process on the same database, which is every
 * node there can be (tests start two in one process). A database other processes may reach without telling
 * us is {@linkplain #unshared unshared}: nothing is cached there.
 */
final class LocalCacheInvalidations implements CacheInvalidations, AutoCloseable {

    private static final Map<String, Set<CacheListeners>> NODES_BY_DATABASE = new ConcurrentHashMap<>();

    private final String database;
    private final boolean listening;
    private final CacheListeners listeners = new CacheListeners();

    private LocalCacheInvalidations(String database, boolean listening) {
        this.database = database;
        this.listening = listening;
        NODES_BY_DATABASE.computeIfAbsent(database, d -> ConcurrentHashMap.newKeySet()).add(listeners);
    }

    /** @param database the database's identity in this process, such as its JDBC URL */
    static LocalCacheInvalidations inProcess(String database) {
        return new LocalCacheInvalidations(database, true);
    }

    /** For a database whose changes we cannot hear of: every read goes to the database. */
    static LocalCacheInvalidations unshared(String database) {
        return new LocalCacheInvalidations(database, false);
    }

    @Override
    public void publish(String cache, String key) {
        String payload = CacheListeners.payload(cache, key);
        CacheListeners.afterTransaction(() -> NODES_BY_DATABASE.getOrDefault(database, Set.of())
                .forEach(node -> node.deliver(payload)));
    }

    @Override
    public void listen(String cache, Listener listener) {
        listeners.add(cache, listener);
    }

    @Override
    public boolean listening() {
        return listening;
    }

    @Override
    public void close() {
        NODES_BY_DATABASE.computeIfPresent(database, (d, nodes) -> {
            nodes.remove(listeners);
            return nodes.isEmpty() ? null : nodes;
        });
    }
}
