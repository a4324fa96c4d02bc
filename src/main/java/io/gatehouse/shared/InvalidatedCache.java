package io.gatehouse.shared;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A node-local cache of rows whose changes are announced through {@link CacheInvalidations}. Caches are shared
 * by every tenant of the node, so a cache of tenant rows is made {@link Caches#scoped scoped}: it prefixes each
 * id with the current tenant itself. Made by {@link Caches}.
 *
 * <p>The classic race — a read loads the old row, the change commits and its announcement is heard, then the
 * read stores the old row — is closed by a generation counter: it is read before loading and the load is
 * stored only if no invalidation came meanwhile (atomically with the removal an invalidation makes). The
 * cache reads through, storing nothing, while announcements may be missed and inside a read-write
 * transaction, which may see its own uncommitted rows.
 */
public final class InvalidatedCache<K, V> implements CacheInvalidations.Listener {

    static final Duration SAFETY_TTL = Duration.ofMinutes(5);
    static final long MAXIMUM_SIZE = 10_000;
    /** The key, alone or after a scope, that an announcement of a whole scope carries. */
    private static final String ALL_KEYS = "*";

    private final String name;
    /** The scope every key is prefixed with, such as the current tenant; {@code null}: keys stand alone. */
    private final Supplier<String> scope;
    private final CacheInvalidations invalidations;
    private final boolean keepAbsent;
    /** Reads one id's row from the database; given when the cache is made, so no read allocates one (§38). */
    private final Function<? super K, Optional<V>> loader;
    private final Cache<String, Entry<V>> cache;
    private final AtomicLong generation = new AtomicLong();
    /** Entries loaded before the last invalidateAll are stale, even one stored while it was clearing. */
    private volatile long validFrom;
    private final Counter hits;
    private final Counter misses;
    private final Counter bypasses;

    InvalidatedCache(String name, Supplier<String> scope, CacheInvalidations invalidations, boolean keepAbsent,
            Function<? super K, Optional<V>> loader, MeterRegistry registry, Ticker ticker, Duration ttl,
            long maximumSize) {
        if (name.contains(":")) {
            throw new IllegalArgumentException("A cache name has no ':': " + name);
        }
        this.name = name;
        this.scope = scope;
        this.invalidations = invalidations;
        this.keepAbsent = keepAbsent;
        this.loader = loader;
        this.cache = Caches.builder().ticker(ticker).expireAfterWrite(ttl).maximumSize(maximumSize).build();
        this.hits = gets(registry, "hit");
        this.misses = gets(registry, "miss");
        this.bypasses = gets(registry, "bypass");
        Gauge.builder("gatehouse.cache.size", cache, Cache::estimatedSize).tag("cache", name)
                .description("Entries held by a cache on this node").register(registry);
        invalidations.listen(name, this);
    }

    /**
     * The cached value of {@code id}, or what the cache's loader reads from the database for it. An empty result
     * is cached only by a cache made to keep absent keys. A hit allocates nothing but the key: this runs several
     * times for every API call (decisions §38).
     */
    public Optional<V> get(K id) {
        String key = key(id);
        if (readingThrough()) {
            return loader.apply(id);
        }
        Entry<V> cached = cache.getIfPresent(key);
        if (cached != null && cached.generation() >= validFrom) {
            hits.increment();
            return cached.value();
        }
        return loadAndKeep(() -> loader.apply(id), loaded -> loaded.isPresent() || keepAbsent ? key : null);
    }

    /**
     * What {@code loader} reads by another key than the id, such as a session by its token's hash, kept under the
     * id {@code idOf} gives it, as {@link #get} keeps what it loads. A later {@code get} of that id is then a hit.
     */
    public Optional<V> load(Supplier<Optional<V>> byOtherKey, Function<? super V, ? extends K> idOf) {
        if (readingThrough()) {
            return byOtherKey.get();
        }
        return loadAndKeep(byOtherKey, loaded -> loaded.map(value -> key(idOf.apply(value))).orElse(null));
    }

    /**
     * Runs {@code write}, which stores the new rows {@code created}, and keeps them under the ids {@code idOf}
     * gives them, so that their first read is a hit; unless an invalidation came while they were written, one
     * that could concern them (all of a client's sessions revoked, say), as for what {@link #get} loads.
     */
    public void writeAndKeep(List<V> created, Function<? super V, ? extends K> idOf, Runnable write) {
        boolean keeping = mayKeep();
        long before = generation.get();
        write.run();
        if (keeping) {
            created.forEach(value -> keep(key(idOf.apply(value)), before, Optional.of(value)));
        }
    }

    /**
     * Nothing is kept while announcements may be missed, or inside a read-write transaction, which may see its own
     * uncommitted rows.
     */
    private boolean mayKeep() {
        return invalidations.listening() && !inReadWriteTransaction();
    }

    /** A read that goes to the database and keeps nothing, counted as a bypass. */
    private boolean readingThrough() {
        if (mayKeep()) {
            return false;
        }
        bypasses.increment();
        return true;
    }

    /**
     * A miss: loads, and keeps the load under the key {@code keyOf} gives it ({@code null}: not kept) only if no
     * invalidation came while it was read.
     */
    private Optional<V> loadAndKeep(Supplier<Optional<V>> read, Function<Optional<V>, String> keyOf) {
        misses.increment();
        long before = generation.get();
        Optional<V> loaded = read.get();
        String key = keyOf.apply(loaded);
        if (key != null) {
            keep(key, before, loaded);
        }
        return loaded;
    }

    /** Stores a load unless an invalidation came since {@code before}, atomically with any that comes now. */
    private void keep(String key, long before, Optional<V> loaded) {
        cache.asMap().compute(key, (k, old) -> generation.get() == before ? new Entry<>(before, loaded) : old);
    }

    /** Announces a change of {@code key} to this cache on every node (see {@link CacheInvalidations#publish}). */
    public void publish(K id) {
        invalidations.publish(name, key(id));
    }

    /**
     * Announces that every entry of the current scope changed (of the whole cache when it is not scoped): for a
     * change too wide to name each key, such as revoking all of a client's sessions. Every node drops the
     * scope's entries; other tenants' entries stay.
     */
    public void publishScope() {
        invalidations.publish(name, scope == null ? ALL_KEYS : scope.get() + ":" + ALL_KEYS);
    }

    /** The key of an id: {@code scope:id} in a scoped cache (announcements carry it whole). */
    private String key(K id) {
        return scope == null ? String.valueOf(id) : scope.get() + ":" + id;
    }

    @Override
    public void invalidate(String key) {
        if (key.equals(ALL_KEYS)) {
            invalidateAll();
            return;
        }
        generation.incrementAndGet();
        if (key.endsWith(":" + ALL_KEYS)) {
            String prefix = key.substring(0, key.length() - ALL_KEYS.length());
            cache.asMap().keySet().removeIf(k -> k.startsWith(prefix));
        }
        else {
            cache.invalidate(key);
        }
    }

    @Override
    public void invalidateAll() {
        validFrom = generation.incrementAndGet();
        cache.invalidateAll();
    }

    private static boolean inReadWriteTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private Counter gets(MeterRegistry registry, String result) {
        return Counter.builder("gatehouse.cache.gets").tag("cache", name).tag("result", result)
                .description("Cache reads: hit, miss (loaded) or bypass (read through)").register(registry);
    }

    private record Entry<V>(long generation, Optional<V> value) {
    }
}
