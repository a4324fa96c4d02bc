package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The writer over the real store and database: a batch written again after a failure stores each entry once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestLogWriterOnDatabaseTests {

    @Autowired
    RequestLogStore store;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path spool;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private BatchingRequestLogWriter writer;

    @AfterEach
    void stopWriter() {
        writer.stop();
    }

    @Test
    void writeWhenBatchFailsAfterHalfOfItWasStoredThenRewrittenAndEachEntryStoredOnce() {
        HalfThenFail failing = new HalfThenFail(store);
        writer = start(failing, 40);
        List<RequestLogEntry> entries = Entries.entries(40, "acme", "globex");

        entries.forEach(writer::accept);

        LogRows rows = new LogRows(jdbc);
        List<String> acme = ids(entries, "acme");
        List<String> globex = ids(entries, "globex");
        Eventually.until("all 40 entries stored", () -> rows.count("acme", acme) + rows.count("globex", globex) == 40,
                () -> "(stored " + (rows.count("acme", acme) + rows.count("globex", globex)) + ")");
        assertThat(failing.calls.get()).as("the batch was written again after the failure").isGreaterThan(1);
        assertThat(rows.ids("acme", acme)).containsExactlyInAnyOrderElementsOf(acme);
        assertThat(rows.ids("globex", globex)).containsExactlyInAnyOrderElementsOf(globex);
        assertThat(registry.counter("gatehouse.request_log.dropped").count()).isZero();
    }

    @Test
    void writeWhenFreshBatchHoldsAnIdAlreadyStoredThenOthersStoredOnceAndStoredRowUnchanged() {
        writer = start(store, 40);
        List<RequestLogEntry> entries = Entries.entries(40, "acme");
        RequestLogEntry first = entries.get(17);
        TenantContext.runAs(tenants.find("acme").orElseThrow(), () -> store.insert(List.of(
                Entries.entry("acme", first.id(), first.at(), "/api/v3/stored-first"))));

        entries.forEach(writer::accept);

        LogRows rows = new LogRows(jdbc);
        List<String> ids = ids(entries, "acme");
        Eventually.until("all 40 entries stored", () -> rows.count("acme", ids) == 40,
                () -> "(stored " + rows.count("acme", ids) + ")");
        assertThat(rows.row("acme", first.id())).containsEntry("path", "/api/v3/stored-first");
        assertThat(registry.counter("gatehouse.request_log.dropped").count()).isZero();
    }

    @Test
    void writeWhenAnEntrysIdIsNoUuidThenThatEntryDroppedAndTheOthersStored() {
        writer = start(store, 40);
        List<RequestLogEntry> entries = Entries.entries(20, "acme");
        RequestLogEntry odd = Entries.entry("acme", "not-a-uuid", Instant.now(), "/api/v3/odd");

        entries.subList(0, 10).forEach(writer::accept);
        writer.accept(odd);
        entries.subList(10, 20).forEach(writer::accept);

        LogRows rows = new LogRows(jdbc);
        List<String> ids = ids(entries, "acme");
        Eventually.until("the 20 others stored", () -> rows.count("acme", ids) == 20,
                () -> "(stored " + rows.count("acme", ids) + ")");
        Eventually.until("the odd one dropped", () -> registry.counter("gatehouse.request_log.dropped").count() == 1,
                () -> "(dropped " + registry.counter("gatehouse.request_log.dropped").count() + ")");
    }

    @Test
    void stopWhenEntriesAcceptedThenAllInTheDatabaseWhenStopReturns() {
        writer = start(store, 200);
        List<RequestLogEntry> entries = Entries.entries(2000, "acme", "globex");
        entries.forEach(writer::accept);

        writer.stop();

        LogRows rows = new LogRows(jdbc);
        assertThat(rows.count("acme", ids(entries, "acme")) + rows.count("globex", ids(entries, "globex")))
                .isEqualTo(2000);
    }

    private BatchingRequestLogWriter start(RequestLogStore target, int batchSize) {
        BatchingRequestLogWriter started = new BatchingRequestLogWriter(new RequestLogProperties(10_000, batchSize,
                Duration.ofMillis(200), spool, Duration.ofMillis(500), Duration.ofSeconds(10), false,
                Duration.ofHours(1), 1000), target, tenants::find, registry);
        started.start();
        return started;
    }

    private static List<String> ids(List<RequestLogEntry> entries, String tenant) {
        return entries.stream().filter(e -> e.tenantId().equals(tenant)).map(RequestLogEntry::id).toList();
    }

    /** The first insert stores half of its entries, then the connection is lost; later inserts go through. */
    private static final class HalfThenFail implements RequestLogStore {

        private final RequestLogStore target;
        private final AtomicInteger calls = new AtomicInteger();

        HalfThenFail(RequestLogStore target) {
            this.target = target;
        }

        @Override
        public void insert(List<RequestLogEntry> entries) {
            if (calls.incrementAndGet() == 1) {
                target.insert(entries.subList(0, Math.max(1, entries.size() / 2)));
                throw new DataAccessResourceFailureException("An I/O error occurred while sending to the backend");
            }
            target.insert(entries);
        }

        @Override
        public int purgeBefore(Instant cutoff, int limit) {
            return target.purgeBefore(cutoff, limit);
        }

        @Override
        public int purgeMinutesBefore(Instant cutoff) {
            return target.purgeMinutesBefore(cutoff);
        }
    }
}
