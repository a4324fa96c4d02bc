package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Announcements between application contexts of one process on the same embedded database. */
class LocalCacheInvalidationsTests {

    private final String database = "jdbc:h2:mem:local-" + UUID.randomUUID();
    private final LocalCacheInvalidations a = LocalCacheInvalidations.inProcess(database);
    private final LocalCacheInvalidations b = LocalCacheInvalidations.inProcess(database);
    private final Heard heardByB = new Heard();

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void publishWhenNoTransactionThenEveryNodeOnTheDatabaseHearsAtOnce() {
        b.listen("clients", heardByB);

        a.publish("clients", "acme:42");

        assertThat(heardByB.keys).containsExactly("acme:42");
    }

    @Test
    void publishWhenOtherDatabaseOrOtherCacheThenNotHeard() {
        LocalCacheInvalidations elsewhere = LocalCacheInvalidations.inProcess(database + "-other");
        b.listen("clients", heardByB);

        elsewhere.publish("clients", "acme:42");
        a.publish("users", "acme:42");

        assertThat(heardByB.keys).isEmpty();
        elsewhere.close();
    }

    @Test
    void publishWhenInTransactionThenHeardOnlyOnceItCompletes() {
        b.listen("clients", heardByB);
        TransactionSynchronizationManager.initSynchronization();
        try {
            a.publish("clients", "acme:42");
            assertThat(heardByB.keys).isEmpty();

            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        }
        finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(heardByB.keys).containsExactly("acme:42");
    }

    @Test
    void publishWhenNodeClosedThenItHearsNothing() {
        b.listen("clients", heardByB);

        b.close();
        a.publish("clients", "acme:42");

        assertThat(heardByB.keys).isEmpty();
    }

    @Test
    void deliverWhenEverythingAnnouncedThenEveryCacheForgetsAllAndMalformedIsIgnored() {
        CacheListeners listeners = new CacheListeners();
        Heard users = new Heard();
        listeners.add("clients", heardByB);
        listeners.add("users", users);

        listeners.deliver("malformed");
        listeners.deliver("*");

        assertThat(heardByB.keys).isEmpty();
        assertThat(heardByB.all).isEqualTo(1);
        assertThat(users.all).isEqualTo(1);
    }

    private static final class Heard implements CacheInvalidations.Listener {

        final List<String> keys = new ArrayList<>();
        int all;

        @Override
        public void invalidate(String key) {
            keys.add(key);
        }

        @Override
        public void invalidateAll() {
            all++;
        }
    }
}
