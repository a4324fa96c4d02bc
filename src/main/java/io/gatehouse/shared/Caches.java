package io.gatehouse.shared;

import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.MeterRegistry;

/** Makes the node's {@link InvalidatedCache}s, each with the safety TTL and size limit of all. */
public final class Caches {

    private final CacheInvalidations invalidations;
    private final MeterRegistry registry;

    Caches(CacheInvalidations invalidations, MeterRegistry registry) {
        this.invalidations = invalidations;
        this.registry = registry;
    }

    /**
     * @param name       the name announcements use, such as {@code clients}; one cache per name on a node
     * @param keepAbsent whether a key found missing is cached too: only where every insert publishes its key
     */
    public <V> InvalidatedCache<V> named(String name, boolean keepAbsent) {
        return new InvalidatedCache<>(name, invalidations, keepAbsent, registry, Ticker.systemTicker(),
                InvalidatedCache.SAFETY_TTL, InvalidatedCache.MAXIMUM_SIZE);
    }
}
