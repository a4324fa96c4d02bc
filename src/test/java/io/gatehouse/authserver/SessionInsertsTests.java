package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.gatehouse.support.ClientFixtures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Sessions are group-committed: every waiter returns only once its own row is stored, under its own tenant, and
 * learns of a failure of its row. Sessions handed over before the writer starts all wait in one batch, which
 * makes the batch's content certain.
 */
class SessionInsertsTests extends AuthServerTestSupport {

    @Autowired
    SessionInserts inserts;

    @Autowired
    SessionStore store;

    @Autowired
    MeterRegistry registry;

    private final ExecutorService threads = Executors.newFixedThreadPool(32);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void insertWhenManyThreadsAtOnceThenEverySessionStoredOnceAndCounted() throws Exception {
        long clientPk = create(ACME, ClientFixtures.adminClient().build()).client().id();
        double insertedBefore = registry.counter("gatehouse.sessions.inserted").count();
        double batchedBefore = registry.summary("gatehouse.sessions.insert.batch.size").totalAmount();
        List<Future<List<String>>> workers = new ArrayList<>();
        for (int t = 0; t < 32; t++) {
            workers.add(threads.submit(() -> as(ACME, () -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    SessionRecord session = session(clientPk);
                    inserts.insert(session);
                    ids.add(session.id());
                }
                return ids;
            })));
        }
        List<String> saved = new ArrayList<>();
        for (Future<List<String>> worker : workers) {
            saved.addAll(worker.get(60, TimeUnit.SECONDS));
        }

        assertThat(saved).hasSize(1600).doesNotHaveDuplicates();
        assertThat(rowsOf(ACME, clientPk)).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(registry.counter("gatehouse.sessions.inserted").count() - insertedBefore).isEqualTo(1600);
        assertThat(registry.summary("gatehouse.sessions.insert.batch.size").totalAmount() - batchedBefore)
                .isEqualTo(1600);
    }

    @Test
    void insertWhenOneSessionOfTheBatchRefusedThenOnlyItsWaiterFails() throws Exception {
        long clientPk = create(ACME, ClientFixtures.adminClient().build()).client().id();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        SessionInserts fresh = new SessionInserts(store, meters);
        List<SessionRecord> good = List.of(session(clientPk), session(clientPk), session(clientPk));
        SessionRecord stored = session(clientPk);
        as(ACME, () -> {
            store.insertAll(List.of(stored));
            return null;
        });
        SessionRecord sameId = session(stored.id(), clientPk); // its id taken: the database refuses the row
        List<Future<?>> waiters = new ArrayList<>();
        good.forEach(session -> waiters.add(handOver(fresh, ACME, session)));
        Future<?> refused = handOver(fresh, ACME, sameId);

        startOnceAllWait(fresh, 4);

        for (Future<?> waiter : waiters) {
            waiter.get(10, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().hasMessageContaining(sameId.id())
                .cause().isInstanceOf(DataIntegrityViolationException.class);
        assertThat(rowsOf(ACME, clientPk)).containsExactlyInAnyOrderElementsOf(
                List.of(stored.id(), good.get(0).id(), good.get(1).id(), good.get(2).id()));
        assertThat(as(ACME, () -> store.findById(stored.id()))).hasValueSatisfying(
                s -> assertThat(s.tokenHash()).isEqualTo(stored.tokenHash()));
        assertThat(meters.counter("gatehouse.sessions.inserted").count()).isEqualTo(3);
        fresh.stop();
    }

    @Test
    void insertWhenSessionsOfTwoTenantsInOneBatchThenEachStoredUnderItsOwnTenant() throws Exception {
        long acmeClient = create(ACME, ClientFixtures.adminClient().build()).client().id();
        long globexClient = create(GLOBEX, ClientFixtures.adminClient().build()).client().id();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        SessionInserts fresh = new SessionInserts(store, meters);
        // The same session id in both tenants: a row stamped with the wrong tenant would collide.
        String sharedId = UUID.randomUUID().toString();
        SessionRecord acme = session(sharedId, acmeClient);
        SessionRecord globex = session(sharedId, globexClient);
        List<Future<?>> waiters = List.of(handOver(fresh, ACME, acme), handOver(fresh, GLOBEX, globex),
                handOver(fresh, ACME, session(acmeClient)), handOver(fresh, GLOBEX, session(globexClient)));

        startOnceAllWait(fresh, 4);

        for (Future<?> waiter : waiters) {
            waiter.get(10, TimeUnit.SECONDS);
        }
        assertThat(as(ACME, () -> store.findById(sharedId))).hasValueSatisfying(
                s -> assertThat(s.tokenHash()).isEqualTo(acme.tokenHash()));
        assertThat(as(GLOBEX, () -> store.findById(sharedId))).hasValueSatisfying(
                s -> assertThat(s.tokenHash()).isEqualTo(globex.tokenHash()));
        assertThat(rowsOf(ACME, acmeClient)).hasSize(2);
        assertThat(rowsOf(GLOBEX, globexClient)).hasSize(2);
        assertThat(meters.summary("gatehouse.sessions.insert.batch.size").count()).as("one commit per tenant")
                .isEqualTo(2);
        fresh.stop();
    }

    @Test
    void stopWhenSessionsWaitingThenAllStoredBeforeItReturnsAndLaterOnesRefused() throws Exception {
        long clientPk = create(ACME, ClientFixtures.adminClient().build()).client().id();
        SessionInserts fresh = new SessionInserts(store, new SimpleMeterRegistry());
        List<SessionRecord> waiting = new ArrayList<>();
        List<Future<?>> waiters = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            SessionRecord session = session(clientPk);
            waiting.add(session);
            waiters.add(handOver(fresh, ACME, session));
        }
        awaitPending(fresh, 20);

        fresh.start();
        fresh.stop();

        assertThat(fresh.pending()).isZero();
        assertThat(rowsOf(ACME, clientPk)).containsExactlyInAnyOrderElementsOf(
                waiting.stream().map(SessionRecord::id).toList());
        for (Future<?> waiter : waiters) {
            waiter.get(10, TimeUnit.SECONDS);
        }
        SessionRecord late = session(clientPk);
        assertThatThrownBy(() -> as(ACME, () -> {
            fresh.insert(late);
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(as(ACME, () -> store.findById(late.id()))).isEmpty();
    }

    private Future<?> handOver(SessionInserts to, String tenant, SessionRecord session) {
        Callable<Void> work = () -> as(tenant, () -> {
            to.insert(session);
            return null;
        });
        return threads.submit(work);
    }

    private static void startOnceAllWait(SessionInserts inserts, int count) throws InterruptedException {
        awaitPending(inserts, count);
        inserts.start();
    }

    /** The waiters hand over on their own threads; the writer is not started yet, so they stay queued. */
    private static void awaitPending(SessionInserts inserts, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        while (inserts.pending() < count) {
            assertThat(System.nanoTime()).as("sessions handed over in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private List<String> rowsOf(String tenant, long clientPk) {
        return jdbc.sql("select id from oauth_session where tenant_id = :tenant and client_pk = :client")
                .param("tenant", tenant).param("client", clientPk).query(String.class).list();
    }

    private SessionRecord session(long clientPk) {
        return session(UUID.randomUUID().toString(), clientPk);
    }

    private SessionRecord session(String id, long clientPk) {
        return SessionRecord.issued(id, clientPk, hasher.hash("gat_" + UUID.randomUUID()), List.of("orders:read"),
                now, now.plus(1, ChronoUnit.HOURS), "127.0.0.1", "test");
    }
}
