package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cache over a "database" that a test changes and announces changes of, as nodes do. The database holds
 * one row per key; what runs right after its next read stands for another node's change landing meanwhile.
 */
class InvalidatedCacheTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong nanos = new AtomicLong();
    private final String database = "jdbc:h2:mem:cache-" + UUID.randomUUID();
    private final LocalCacheInvalidations node = LocalCacheInvalidations.inProcess(database);
    private final LocalCacheInvalidations otherNode = LocalCacheInvalidations.inProcess(database);
    private final Map<String, Row> rows = new HashMap<>();
    private Runnable afterNextRead = () -> {
    };
    private final InvalidatedCache<String, String> cache = cache(node, false);
    private final Row row = row("acme:1", "v1");

    @AfterEach
    void closeNodes() {
        node.close();
        otherNode.close();
    }

    @Test
    void getWhenReadTwiceThenDatabaseReadOnceAndHitCounted() {
        assertThat(cache.get("acme:1")).hasValue("v1");
        assertThat(cache.get("acme:1")).hasValue("v1");

        assertThat(row.reads).isEqualTo(1);
        assertThat(registry.get("gatehouse.cache.gets").tag("cache", "clients").tag("result", "hit").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("gatehouse.cache.gets").tag("cache", "clients").tag("result", "miss").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void getWhenChangePublishedOnAnotherNodeThenNewValueRead() {
        cache.get("acme:1");

        row.value = "v2";
        otherNode.publish("clients", "acme:1");

        assertThat(cache.get("acme:1")).hasValue("v2");
    }

    @Test
    void getWhenChangeAnnouncedWhileLoadingThenOldValueReturnedButNotKept() {
        // Node B reads the old row; node A's change commits and is announced before B would store it.
        afterNextRead = changedElsewhere("acme:1");

        assertThat(cache.get("acme:1")).hasValue("v1");
        assertThat(cache.get("acme:1")).hasValue("v2");
        assertThat(row.reads).isEqualTo(2);
    }

    @Test
    void getWhenEverythingInvalidatedWhileLoadingThenOldValueNotKept() {
        afterNextRead = () -> {
            row.value = "v2";
            // What a node does when its listener connection drops: announcements may have been missed.
            cache.invalidateAll();
        };

        cache.get("acme:1");

        assertThat(cache.get("acme:1")).hasValue("v2");
    }

    @Test
    void getWhenSafetyTtlPassedThenReadAgain() {
        cache.get("acme:1");
        row.value = "changed without an announcement";

        nanos.addAndGet(InvalidatedCache.SAFETY_TTL.minusSeconds(1).toNanos());
        assertThat(cache.get("acme:1")).hasValue("v1");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.get("acme:1")).hasValue("changed without an announcement");
    }

    @Test
    void getWhenSameIdInTwoTenantsThenEachTenantGetsItsOwnValue() {
        Row globex = row("globex:1", "globex's row 1");

        cache.get("acme:1");
        cache.get("globex:1");
        otherNode.publish("clients", "acme:1");
        row.value = "acme's row 1, changed";

        assertThat(cache.get("globex:1")).hasValue("globex's row 1");
        assertThat(cache.get("acme:1")).hasValue("acme's row 1, changed");
        assertThat(globex.reads).isEqualTo(1);
    }

    @Test
    void getWhenNotListeningThenEveryReadGoesToDatabase() {
        LocalCacheInvalidations unshared = LocalCacheInvalidations.unshared("jdbc:h2:tcp://elsewhere/db");
        InvalidatedCache<String, String> readThrough = cache(unshared, true);

        readThrough.get("acme:1");
        readThrough.get("acme:1");

        assertThat(row.reads).isEqualTo(2);
        unshared.close();
    }

    @Test
    void getWhenAbsentThenCachedOnlyByCacheKeepingAbsentKeys() {
        Row missing = row("acme:9", null);
        InvalidatedCache<String, String> keepingAbsent = cache(node, true);

        assertThat(cache.get("acme:9")).isEmpty();
        cache.get("acme:9");
        assertThat(missing.reads).isEqualTo(2);

        assertThat(keepingAbsent.get("acme:9")).isEmpty();
        keepingAbsent.get("acme:9");
        assertThat(missing.reads).isEqualTo(3);
    }

    @Test
    void getWhenWholeScopeAnnouncedThenThatTenantsEntriesReadAgainAndOtherTenantsKept() {
        Row acme2 = row("acme:2", "acme's row 2");
        Row globex = row("globex:1", "globex's row 1");
        cache.get("acme:1");
        cache.get("acme:2");
        cache.get("globex:1");

        row.value = "acme's row 1, changed";
        acme2.value = "acme's row 2, changed";
        otherNode.publish("clients", "acme:*");

        assertThat(cache.get("acme:1")).hasValue("acme's row 1, changed");
        assertThat(cache.get("acme:2")).hasValue("acme's row 2, changed");
        assertThat(cache.get("globex:1")).hasValue("globex's row 1");
        assertThat(globex.reads).isEqualTo(1);
    }

    @Test
    void publishScopeWhenScopedCacheThenCurrentTenantsEntriesDroppedOnEveryNode() {
        AtomicReference<String> tenant = new AtomicReference<>("acme");
        // As a store's loader does, this one reads the bound tenant's row.
        InvalidatedCache<Integer, String> scoped = new InvalidatedCache<>("sessions", tenant::get, node, false,
                id -> read(tenant.get() + ":" + id), registry, nanos::get, InvalidatedCache.SAFETY_TTL, 100);
        InvalidatedCache<Integer, String> onOtherNode = new InvalidatedCache<>("sessions", tenant::get, otherNode,
                false, id -> read(tenant.get() + ":" + id), registry, nanos::get, InvalidatedCache.SAFETY_TTL, 100);
        Row globex = row("globex:1", "globex's row 1");
        tenant.set("globex");
        scoped.get(1);
        tenant.set("acme");
        scoped.get(1);
        onOtherNode.get(1);

        row.value = "v2";
        scoped.publishScope();

        assertThat(scoped.get(1)).hasValue("v2");
        assertThat(onOtherNode.get(1)).hasValue("v2");
        tenant.set("globex");
        assertThat(scoped.get(1)).hasValue("globex's row 1");
        assertThat(globex.reads).isEqualTo(1);
    }

    @Test
    void getWhenScopeAnnouncedWhileLoadingThenOldValueNotKept() {
        afterNextRead = changedElsewhere("acme:*");

        cache.get("acme:1");

        assertThat(cache.get("acme:1")).hasValue("v2");
    }

    @Test
    void loadWhenFoundByAnotherKeyThenKeptUnderItsIdAndNextGetReadsNothing() {
        assertThat(cache.load(() -> read("acme:1"), value -> "acme:1")).hasValue("v1");

        assertThat(cache.get("acme:1")).hasValue("v1");
        assertThat(row.reads).isEqualTo(1);
    }

    @Test
    void loadWhenChangeAnnouncedWhileLoadingThenOldValueReturnedButNotKept() {
        afterNextRead = changedElsewhere("acme:1");

        assertThat(cache.load(() -> read("acme:1"), value -> "acme:1")).hasValue("v1");
        assertThat(cache.get("acme:1")).hasValue("v2");
    }

    @Test
    void loadWhenNotListeningThenNothingKept() {
        LocalCacheInvalidations unshared = LocalCacheInvalidations.unshared("jdbc:h2:tcp://elsewhere/db");
        InvalidatedCache<String, String> readThrough = cache(unshared, true);

        readThrough.load(() -> read("acme:1"), value -> "acme:1");
        readThrough.get("acme:1");

        assertThat(row.reads).isEqualTo(2);
        unshared.close();
    }

    @Test
    void writeAndKeepWhenWrittenThenFirstGetReadsNothing() {
        cache.writeAndKeep(List.of("v1"), value -> "acme:1", () -> row.value = "v1");

        assertThat(cache.get("acme:1")).hasValue("v1");
        assertThat(row.reads).isZero();
    }

    @Test
    void writeAndKeepWhenScopeAnnouncedWhileWritingThenNotKept() {
        // Say all of a client's sessions are revoked on another node while this one commits a new one.
        cache.writeAndKeep(List.of("v1"), value -> "acme:1", () -> {
            row.value = "revoked";
            otherNode.publish("clients", "acme:*");
        });

        assertThat(cache.get("acme:1")).hasValue("revoked");
    }

    @Test
    void writeAndKeepWhenWriteFailsThenNothingKept() {
        assertThatThrownBy(() -> cache.writeAndKeep(List.of("v1"), value -> "acme:1", () -> {
            throw new IllegalStateException("the database refused");
        })).hasMessage("the database refused");

        assertThat(cache.get("acme:1")).hasValue("v1");
        assertThat(row.reads).isEqualTo(1);
    }

    /** Another node's change of the row: it commits, and is announced under {@code announced}. */
    private Runnable changedElsewhere(String announced) {
        return () -> {
            row.value = "v2";
            otherNode.publish("clients", announced);
        };
    }

    private InvalidatedCache<String, String> cache(CacheInvalidations invalidations, boolean keepAbsent) {
        return new InvalidatedCache<>("clients", null, invalidations, keepAbsent, this::read, registry, nanos::get,
                InvalidatedCache.SAFETY_TTL, 100);
    }

    private Row row(String key, String value) {
        Row created = new Row(value);
        rows.put(key, created);
        return created;
    }

    /** The database read a cache's loader makes; then whatever a test set to happen right after it. */
    private Optional<String> read(String key) {
        Row found = rows.get(key);
        Optional<String> value = Optional.empty();
        if (found != null) {
            found.reads++;
            value = Optional.ofNullable(found.value);
        }
        Runnable after = afterNextRead;
        afterNextRead = () -> {
        };
        after.run();
        return value;
    }

    /** One row of the database: its current value ({@code null}: absent), and how often it was read. */
    private static final class Row {

        String value;
        int reads;

        Row(String value) {
            this.value = value;
        }
    }
}
