package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cache over a "database" that a test changes and announces changes of, as nodes do. */
class InvalidatedCacheTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong nanos = new AtomicLong();
    private final String database = "jdbc:h2:mem:cache-" + UUID.randomUUID();
    private final LocalCacheInvalidations node = LocalCacheInvalidations.inProcess(database);
    private final LocalCacheInvalidations otherNode = LocalCacheInvalidations.inProcess(database);
    private final InvalidatedCache<String> cache = cache(node, false);
    private final Row row = new Row("v1");

    @AfterEach
    void closeNodes() {
        node.close();
        otherNode.close();
    }

    @Test
    void getWhenReadTwiceThenDatabaseReadOnceAndHitCounted() {
        assertThat(cache.get("acme:1", row)).hasValue("v1");
        assertThat(cache.get("acme:1", row)).hasValue("v1");

        assertThat(row.reads).isEqualTo(1);
        assertThat(registry.get("gatehouse.cache.gets").tag("cache", "clients").tag("result", "hit").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("gatehouse.cache.gets").tag("cache", "clients").tag("result", "miss").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void getWhenChangePublishedOnAnotherNodeThenNewValueRead() {
        cache.get("acme:1", row);

        row.value = "v2";
        otherNode.publish("clients", "acme:1");

        assertThat(cache.get("acme:1", row)).hasValue("v2");
    }

    @Test
    void getWhenChangeAnnouncedWhileLoadingThenOldValueReturnedButNotKept() {
        // Node B reads the old row; node A's change commits and is announced before B would store it.
        Function<Object, Optional<String>> raced = readThenChangedElsewhere("acme:1");

        assertThat(cache.get("acme:1", raced)).hasValue("v1");
        assertThat(cache.get("acme:1", row)).hasValue("v2");
    }

    @Test
    void getWhenEverythingInvalidatedWhileLoadingThenOldValueNotKept() {
        Function<Object, Optional<String>> raced = id -> {
            Optional<String> old = row.apply(id);
            row.value = "v2";
            // What a node does when its listener connection drops: announcements may have been missed.
            cache.invalidateAll();
            return old;
        };

        cache.get("acme:1", raced);

        assertThat(cache.get("acme:1", row)).hasValue("v2");
    }

    @Test
    void getWhenSafetyTtlPassedThenReadAgain() {
        cache.get("acme:1", row);
        row.value = "changed without an announcement";

        nanos.addAndGet(InvalidatedCache.SAFETY_TTL.minusSeconds(1).toNanos());
        assertThat(cache.get("acme:1", row)).hasValue("v1");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.get("acme:1", row)).hasValue("changed without an announcement");
    }

    @Test
    void getWhenSameIdInTwoTenantsThenEachTenantGetsItsOwnValue() {
        Row globex = new Row("globex's row 1");

        cache.get("acme:1", row);
        cache.get("globex:1", globex);
        otherNode.publish("clients", "acme:1");
        row.value = "acme's row 1, changed";

        assertThat(cache.get("globex:1", globex)).hasValue("globex's row 1");
        assertThat(cache.get("acme:1", row)).hasValue("acme's row 1, changed");
        assertThat(globex.reads).isEqualTo(1);
    }

    @Test
    void getWhenNotListeningThenEveryReadGoesToDatabase() {
        LocalCacheInvalidations unshared = LocalCacheInvalidations.unshared("jdbc:h2:tcp://elsewhere/db");
        InvalidatedCache<String> readThrough = cache(unshared, true);

        readThrough.get("acme:1", row);
        readThrough.get("acme:1", row);

        assertThat(row.reads).isEqualTo(2);
        unshared.close();
    }

    @Test
    void getWhenAbsentThenCachedOnlyByCacheKeepingAbsentKeys() {
        Row missing = new Row(null);
        InvalidatedCache<String> keepingAbsent = cache(node, true);

        cache.get("acme:9", missing);
        cache.get("acme:9", missing);
        assertThat(missing.reads).isEqualTo(2);

        keepingAbsent.get("acme:9", missing);
        keepingAbsent.get("acme:9", missing);
        assertThat(missing.reads).isEqualTo(3);
    }

    @Test
    void getWhenWholeScopeAnnouncedThenThatTenantsEntriesReadAgainAndOtherTenantsKept() {
        Row acme2 = new Row("acme's row 2");
        Row globex = new Row("globex's row 1");
        cache.get("acme:1", row);
        cache.get("acme:2", acme2);
        cache.get("globex:1", globex);

        row.value = "acme's row 1, changed";
        acme2.value = "acme's row 2, changed";
        otherNode.publish("clients", "acme:*");

        assertThat(cache.get("acme:1", row)).hasValue("acme's row 1, changed");
        assertThat(cache.get("acme:2", acme2)).hasValue("acme's row 2, changed");
        assertThat(cache.get("globex:1", globex)).hasValue("globex's row 1");
        assertThat(globex.reads).isEqualTo(1);
    }

    @Test
    void publishScopeWhenScopedCacheThenCurrentTenantsEntriesDroppedOnEveryNode() {
        AtomicReference<String> tenant = new AtomicReference<>("acme");
        InvalidatedCache<String> scoped = new InvalidatedCache<>("sessions", tenant::get, node, false, registry,
                nanos::get, InvalidatedCache.SAFETY_TTL, 100);
        InvalidatedCache<String> onOtherNode = new InvalidatedCache<>("sessions", tenant::get, otherNode, false,
                registry, nanos::get, InvalidatedCache.SAFETY_TTL, 100);
        Row globex = new Row("globex's row 1");
        tenant.set("globex");
        scoped.get(1, globex);
        tenant.set("acme");
        scoped.get(1, row);
        onOtherNode.get(1, row);

        row.value = "v2";
        scoped.publishScope();

        assertThat(scoped.get(1, row)).hasValue("v2");
        assertThat(onOtherNode.get(1, row)).hasValue("v2");
        tenant.set("globex");
        assertThat(scoped.get(1, globex)).hasValue("globex's row 1");
        assertThat(globex.reads).isEqualTo(1);
    }

    @Test
    void getWhenScopeAnnouncedWhileLoadingThenOldValueNotKept() {
        Function<Object, Optional<String>> raced = readThenChangedElsewhere("acme:*");

        cache.get("acme:1", raced);

        assertThat(cache.get("acme:1", row)).hasValue("v2");
    }

    @Test
    void loadWhenFoundByAnotherKeyThenKeptUnderItsIdAndNextGetReadsNothing() {
        assertThat(cache.load(() -> row.apply("by-hash"), value -> "acme:1")).hasValue("v1");

        assertThat(cache.get("acme:1", row)).hasValue("v1");
        assertThat(row.reads).isEqualTo(1);
    }

    @Test
    void loadWhenChangeAnnouncedWhileLoadingThenOldValueReturnedButNotKept() {
        Function<Object, Optional<String>> raced = readThenChangedElsewhere("acme:1");

        assertThat(cache.load(() -> raced.apply("by-hash"), value -> "acme:1")).hasValue("v1");
        assertThat(cache.get("acme:1", row)).hasValue("v2");
    }

    @Test
    void loadWhenNotListeningThenNothingKept() {
        LocalCacheInvalidations unshared = LocalCacheInvalidations.unshared("jdbc:h2:tcp://elsewhere/db");
        InvalidatedCache<String> readThrough = cache(unshared, true);

        readThrough.load(() -> row.apply("by-hash"), value -> "acme:1");
        readThrough.get("acme:1", row);

        assertThat(row.reads).isEqualTo(2);
        unshared.close();
    }

    @Test
    void writeAndKeepWhenWrittenThenFirstGetReadsNothing() {
        cache.writeAndKeep(List.of("v1"), value -> "acme:1", () -> row.value = "v1");

        assertThat(cache.get("acme:1", row)).hasValue("v1");
        assertThat(row.reads).isZero();
    }

    @Test
    void writeAndKeepWhenScopeAnnouncedWhileWritingThenNotKept() {
        // Say all of a client's sessions are revoked on another node while this one commits a new one.
        cache.writeAndKeep(List.of("v1"), value -> "acme:1", () -> {
            row.value = "revoked";
            otherNode.publish("clients", "acme:*");
        });

        assertThat(cache.get("acme:1", row)).hasValue("revoked");
    }

    @Test
    void writeAndKeepWhenWriteFailsThenNothingKept() {
        assertThatThrownBy(() -> cache.writeAndKeep(List.of("v1"), value -> "acme:1", () -> {
            throw new IllegalStateException("the database refused");
        })).hasMessage("the database refused");

        assertThat(cache.get("acme:1", row)).hasValue("v1");
        assertThat(row.reads).isEqualTo(1);
    }

    /** Reads the old row; then another node's change commits and is announced, before the read is kept. */
    private Function<Object, Optional<String>> readThenChangedElsewhere(String announced) {
        return id -> {
            Optional<String> old = row.apply(id);
            row.value = "v2";
            otherNode.publish("clients", announced);
            return old;
        };
    }

    private InvalidatedCache<String> cache(CacheInvalidations invalidations, boolean keepAbsent) {
        return new InvalidatedCache<>("clients", invalidations, keepAbsent, registry, nanos::get,
                InvalidatedCache.SAFETY_TTL, 100);
    }

    /** One row of the database: its current value, and how often it was read. */
    private static final class Row implements Function<Object, Optional<String>> {

        String value;
        int reads;

        Row(String value) {
            this.value = value;
        }

        @Override
        public Optional<String> apply(Object id) {
            reads++;
            return Optional.ofNullable(value);
        }
    }
}
