package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import io.gatehouse.support.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes, each with its own listener connection, on the PostgreSQL test database (the postgres profile);
 * skipped on H2, whose announcements never leave the process.
 */
class PostgresCacheInvalidationsTests {

    private static final Duration BOUND = Duration.ofSeconds(3);

    private final String url = TestDatabase.url();
    private DriverManagerDataSource dataSource;
    private JdbcClient jdbc;
    private PostgresCacheInvalidations a;
    private PostgresCacheInvalidations b;
    private final Heard heardByB = new Heard();

    @BeforeEach
    void twoNodes() {
        assumeTrue(TestDatabase.postgres(), "PostgreSQL only (mvn -Ppostgres)");
        String username = TestDatabase.username();
        String password = TestDatabase.password();
        dataSource = new DriverManagerDataSource(url, username, password);
        jdbc = JdbcClient.create(dataSource);
        a = new PostgresCacheInvalidations(jdbc, url, username, password);
        b = new PostgresCacheInvalidations(jdbc, url, username, password);
        b.listen("clients", heardByB);
        a.start();
        b.start();
        await(() -> a.listening() && b.listening(), "both nodes listening");
    }

    @AfterEach
    void stopNodes() throws InterruptedException {
        if (a != null) {
            a.close();
            b.close();
        }
    }

    @Test
    void publishWhenOnOneNodeThenOtherNodeEvictsWithinBoundedPoll() {
        a.publish("clients", "acme:42");

        await(() -> heardByB.keys.contains("acme:42"), "node B heard acme:42");
    }

    @Test
    void publishWhenTransactionRolledBackThenOtherNodeHearsNothingButCommittedChangeIsHeard() {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        tx.executeWithoutResult(status -> {
            a.publish("clients", "acme:1");
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> a.publish("clients", "acme:2"));

        // NOTIFY is delivered in commit order: once the second is heard, the first would have been too.
        await(() -> heardByB.keys.contains("acme:2"), "node B heard the committed change");
        assertThat(heardByB.keys).containsExactly("acme:2");
    }

    @Test
    void listenerWhenConnectionLostThenCachesForgetAllAndListeningResumes() {
        int before = heardByB.all.get();

        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = :name")
                .param("name", b.connectionName()).query(Boolean.class).list();

        // Once when the connection is lost, once more when listening again.
        await(() -> heardByB.all.get() >= before + 2 && b.listening(), "node B forgot all and listens again");
        a.publish("clients", "acme:7");
        await(() -> heardByB.keys.contains("acme:7"), "node B hears again");
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + BOUND).isLessThan(deadline);
            try {
                Thread.sleep(10);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

    private static final class Heard implements CacheInvalidations.Listener {

        final List<String> keys = new CopyOnWriteArrayList<>();
        final AtomicInteger all = new AtomicInteger();

        @Override
        public void invalidate(String key) {
            keys.add(key);
        }

        @Override
        public void invalidateAll() {
            all.incrementAndGet();
        }
    }
}
