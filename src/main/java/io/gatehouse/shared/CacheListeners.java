package io.gatehouse.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The caches of one node by name, and the announcement format every node shares. */
final class CacheListeners {

    /** The payload that empties every cache. */
    static final String ALL = "*";

    private final Map<String, List<CacheInvalidations.Listener>> byCache = new ConcurrentHashMap<>();

    void add(String cache, CacheInvalidations.Listener listener) {
        byCache.computeIfAbsent(cache, c -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Applies one announcement, {@code cache:key} or {@value #ALL}; anything else is ignored. */
    void deliver(String payload) {
        if (ALL.equals(payload)) {
            invalidateAll();
            return;
        }
        int colon = payload.indexOf(':');
        if (colon > 0) {
            byCache.getOrDefault(payload.substring(0, colon), List.of())
                    .forEach(listener -> listener.invalidate(payload.substring(colon + 1)));
        }
    }

    void invalidateAll() {
        byCache.values().forEach(listeners -> listeners.forEach(CacheInvalidations.Listener::invalidateAll));
    }

    static String payload(String cache, String key) {
        if (cache.isEmpty() || cache.contains(":")) {
            throw new IllegalArgumentException("A cache name is not empty and has no ':': " + cache);
        }
        return cache + ":" + key;
    }

    /**
     * Runs {@code delivery} once the current transaction has completed, or at once outside one. After a
     * rollback too: nothing changed then, and forgetting an entry is always safe.
     */
    static void afterTransaction(Runnable delivery) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delivery.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                delivery.run();
            }
        });
    }
}
