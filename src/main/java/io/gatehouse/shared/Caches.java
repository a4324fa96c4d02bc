package io.gatehouse.shared;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.MeterRegistry;

/** Makes the node's {@link InvalidatedCache}s, each with the safety TTL and size limit of all. */
public final class Caches {

    private final CacheInvalidations invalidations;
    private final MeterRegistry registry;

    /**
     * A Caffeine builder whose upkeep (eviction, expiry, the bookkeeping of reads) runs on the thread that reads or
     * writes, a little at a time, instead of being handed to the common pool: on the API's and the token endpoint's
     * caches each hand-over woke a pool thread, a futex call and two context switches on a two-core machine
     * (decisions §41). Every node-local cache is made from it.
     */
    public static Caffeine<Object, Object> builder() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }

    Caches(CacheInvalidations invalidations, MeterRegistry registry) {
        this.invalidations = invalidations;
        this.registry = registry;
    }

    /**
     * @param name       the name announcements use, such as {@code clients}; one cache per name on a node
     * @param keepAbsent whether a key found missing is cached too: only where every insert publishes its key
     * @param loader     reads one id's row from the database, on a miss
     */
    public <K, V> InvalidatedCache<K, V> named(String name, boolean keepAbsent,
            Function<? super K, Optional<V>> loader) {
        return scoped(name, null, keepAbsent, loader);
    }

    /**
     * A cache whose keys are prefixed with {@code scope} (the current tenant, say: one node's caches serve every
     * tenant), so that callers get and publish by the row's own id and can never mix two tenants' rows. The
     * loader runs with the same tenant bound, so it reads that tenant's row.
     */
    public <K, V> InvalidatedCache<K, V> scoped(String name, Supplier<String> scope, boolean keepAbsent,
            Function<? super K, Optional<V>> loader) {
        return new InvalidatedCache<>(name, scope, invalidations, keepAbsent, loader, registry,
                Ticker.systemTicker(), InvalidatedCache.SAFETY_TTL, InvalidatedCache.MAXIMUM_SIZE);
    }
}
