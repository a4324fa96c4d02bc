package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.gatehouse.support.ClientFixtures;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.UsageProperties;
import io.gatehouse.tenancy.UsageRecorder;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Session use counts gathered in memory and added to {@code oauth_session} by a flush: exact under concurrency,
 * additive across nodes, written under the tenant they were recorded in, kept over a failed flush and written
 * at stop. Each recorder here is a node of its own over the test database; the schedule is an hour, so only
 * the test flushes.
 */
class SessionUsageTests extends AuthServerTestSupport {

    private static final UsageProperties HOURLY = new UsageProperties(Duration.ofHours(1), 100_000);

    @Autowired
    SessionStore store;

    @Autowired
    SessionUsage applicationUsage;

    @Autowired
    TransactionOperations transactions;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void flushWhenManyThreadsRecordWhileFlushingThenCountsAddUpExactly() throws Exception {
        List<String> ids = List.of(session(ACME), session(ACME), session(ACME));
        SessionUsage usage = new SessionUsage(store, transactions, HOURLY);
        Tenant acme = tenant(ACME);
        AtomicBoolean recording = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        Future<?> flusher = pool.submit(() -> {
            while (recording.get()) {
                usage.flush();
            }
        });
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(pool.submit(() -> TenantContext.runAs(acme, () -> {
                for (int i = 0; i < 3_000; i++) {
                    // Each thread moves between the sessions, so sessions fall idle and are retired mid-run.
                    usage.record(ids.get((i / 100 + thread) % ids.size()), now.plusMillis(i));
                }
            })));
        }
        for (Future<?> thread : threads) {
            thread.get(60, TimeUnit.SECONDS);
        }
        recording.set(false);
        flusher.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(usage.flush()).as("ids still waiting").isZero();
        assertThat(ids.stream().mapToLong(id -> found(ACME, id).requestCount()).sum()).isEqualTo(4 * 3_000);
        assertThat(ids).allSatisfy(id -> assertThat(found(ACME, id).lastUsedAt()).isAfter(now.plusMillis(2_000)));
    }

    @Test
    void flushWhenTwoNodesRecordOnOneDatabaseThenCountsAddUpAndLatestUseKept() {
        String id = session(ACME);
        SessionUsage first = new SessionUsage(store, transactions, HOURLY);
        SessionUsage second = new SessionUsage(store, transactions, HOURLY);
        as(ACME, () -> {
            first.record(id, now.plusSeconds(5));
            first.record(id, now.plusSeconds(6));
            second.record(id, now.plusSeconds(1));
            return null;
        });

        first.flush();
        second.flush();

        SessionRecord session = found(ACME, id);
        assertThat(session.requestCount()).isEqualTo(3);
        assertThat(session.lastUsedAt()).as("an older use flushed later does not move it back")
                .isEqualTo(now.plusSeconds(6));
    }

    @Test
    void flushWhenSameSessionIdUsedInTwoTenantsThenEachTenantsRowCountsOnlyItsOwnUses() {
        String id = UUID.randomUUID().toString();
        insertSession(ACME, id);
        insertSession(GLOBEX, id);
        SessionUsage usage = new SessionUsage(store, transactions, HOURLY);
        as(ACME, () -> {
            usage.record(id, now);
            usage.record(id, now);
            usage.record(id, now);
            return null;
        });
        as(GLOBEX, () -> {
            usage.record(id, now.minusSeconds(60));
            return null;
        });

        usage.flush(); // on a thread bound to no tenant, as the scheduled flush is

        assertThat(found(ACME, id).requestCount()).isEqualTo(3);
        assertThat(found(GLOBEX, id).requestCount()).isEqualTo(1);
        assertThat(found(GLOBEX, id).lastUsedAt()).isEqualTo(now.minusSeconds(60));
    }

    @Test
    void flushWhenDatabaseAwayThenCountsKeptAndWrittenByTheNextFlush() {
        String id = session(ACME);
        AtomicBoolean down = new AtomicBoolean(true);
        UsageRecorder<String> usage = new UsageRecorder<>("session", uses -> {
            if (down.get()) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
            store.addUses(uses);
        }, transactions, HOURLY);
        as(ACME, () -> {
            usage.record(id, now);
            usage.record(id, now.plusSeconds(1));
            return null;
        });

        assertThat(usage.flush()).as("ids still waiting").isEqualTo(1);
        assertThat(found(ACME, id).requestCount()).isZero();
        as(ACME, () -> {
            usage.record(id, now.plusSeconds(2));
            return null;
        });
        down.set(false);

        assertThat(usage.flush()).isZero();
        assertThat(found(ACME, id).requestCount()).isEqualTo(3);
        assertThat(found(ACME, id).lastUsedAt()).isEqualTo(now.plusSeconds(2));
    }

    @Test
    void flushWhenMoreIdsWaitThanAllowedThenNewIdsDroppedAndWaitingOnesStillAddUp() {
        String waiting = session(ACME);
        String late = session(ACME);
        AtomicBoolean down = new AtomicBoolean(true);
        UsageRecorder<String> usage = new UsageRecorder<>("session", uses -> {
            if (down.get()) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
            store.addUses(uses);
        }, transactions, new UsageProperties(Duration.ofHours(1), 1));
        record(usage, waiting, now);
        usage.flush();
        record(usage, waiting, now.plusSeconds(1));
        record(usage, late, now.plusSeconds(1));

        assertThat(usage.flush()).as("ids still waiting").isEqualTo(1);
        down.set(false);
        usage.flush();

        assertThat(found(ACME, waiting).requestCount()).isEqualTo(2);
        assertThat(found(ACME, waiting).lastUsedAt()).isEqualTo(now.plusSeconds(1));
        assertThat(found(ACME, late).requestCount()).isZero();
    }

    @Test
    void stopWhenUsesRecordedThenWrittenBeforeStopReturns() {
        String id = session(ACME);
        SessionUsage usage = new SessionUsage(store, transactions, HOURLY);
        usage.start();
        record(usage, id, now);
        record(usage, id, now);

        usage.stop();

        assertThat(found(ACME, id).requestCount()).isEqualTo(2);
        assertThat(usage.isRunning()).isFalse();
    }

    @Test
    void apiRequestWhenAnsweredThenCountedByTheApplicationsScheduledFlushWithinSeconds() throws Exception {
        String token = issueToken(ACME, create(ACME, ClientFixtures.adminClient().scopes("customers:read").build()));
        String id = as(ACME, () -> store.findByTokenHash(hasher.hash(token))).orElseThrow().id();

        int status = http.get(ACME, "/api/v3/customers/1", "Authorization", "Bearer " + token).statusCode();

        assertThat(status).isEqualTo(200);
        assertThat(applicationUsage.isRunning()).as("a lifecycle bean: stopped, so flushed, at shutdown").isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); // the schedule is one second
        while (found(ACME, id).requestCount() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(found(ACME, id).requestCount()).isEqualTo(1);
    }

    private void record(UsageRecorder<String> usage, String id, Instant at) {
        as(ACME, () -> {
            usage.record(id, at);
            return null;
        });
    }

    private String session(String tenant) {
        String id = UUID.randomUUID().toString();
        insertSession(tenant, id);
        return id;
    }

    private void insertSession(String tenant, String id) {
        long clientPk = create(tenant, ClientFixtures.adminClient().build()).client().id();
        as(tenant, () -> {
            store.insert(SessionRecord.issued(id, clientPk, hasher.hash("gat_" + UUID.randomUUID()),
                    List.of("orders:read"), now, now.plus(1, ChronoUnit.HOURS), "127.0.0.1", "test"));
            return null;
        });
    }

    private SessionRecord found(String tenant, String id) {
        return as(tenant, () -> store.findById(id)).orElseThrow();
    }
}
