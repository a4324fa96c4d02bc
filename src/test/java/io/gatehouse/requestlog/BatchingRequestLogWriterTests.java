package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import io.gatehouse.tenancy.Tenant;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer against a store in memory that can go down, be slow or refuse a row: entries leave the request
 * thread, wait in a bounded queue or the spill file, and every accepted entry ends up stored exactly once.
 */
@Timeout(60)
class BatchingRequestLogWriterTests {

    private static final Function<String, Optional<Tenant>> TENANTS =
            id -> Optional.of(new Tenant(id, id, true, Duration.ofHours(1), 30));

    @TempDir
    Path spool;

    private final FakeStore store = new FakeStore();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<BatchingRequestLogWriter> started = new ArrayList<>();

    @AfterEach
    void stopWriters() {
        started.forEach(BatchingRequestLogWriter::stop);
    }

    @Test
    void acceptWhenDatabaseDownForAWhileThenEntriesSpilledAndEachStoredOnceWhenItIsBack() {
        store.down(true);
        BatchingRequestLogWriter writer = start(writer(100, 20));
        List<RequestLogEntry> entries = Entries.entries(500, "acme", "globex");
        entries.forEach(writer::accept);

        Eventually.until("every entry in the spill files while the database is down",
                () -> count("spilled") == 500 && gauge("queue") == 0, this::state);
        assertThat(store.rows()).isEmpty();
        assertThat(spilledLines()).isEqualTo(500);
        assertThat(count("failures")).isGreaterThanOrEqualTo(1);

        store.down(false);

        Eventually.until("every entry stored once the database is back", () -> store.rows().size() >= 500,
                this::state);
        Eventually.until("the spill files deleted once replayed", () -> spillFiles().isEmpty(), this::state);
        assertThat(store.ids()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(entries.stream().map(RequestLogEntry::id).toList());
        assertThat(store.rows()).allSatisfy(row -> assertThat(row.tenant()).isEqualTo(row.entry().tenantId()));
        assertThat(count("written")).isEqualTo(500);
        assertThat(count("dropped")).isZero();
    }

    @Test
    void acceptWhenQueueFullThenEntrySpilledAtOnceAndStoredLater() throws InterruptedException {
        store.holdNextInsert();
        BatchingRequestLogWriter writer = start(writer(10, 5));
        RequestLogEntry first = Entries.entry("acme");
        writer.accept(first);
        assertThat(store.awaitEntered()).as("the writer is busy with the first entry").isTrue();

        List<RequestLogEntry> more = Entries.entries(13, "acme");
        more.forEach(writer::accept); // returns although the store does not answer: 10 queued, 3 spilled

        assertThat(gauge("queue")).isEqualTo(10);
        assertThat(count("spilled")).isEqualTo(3);
        assertThat(spilledLines()).isEqualTo(3);

        store.release();

        Eventually.until("all 14 entries stored", () -> store.rows().size() >= 14, this::state);
        Eventually.until("the spill file replayed and deleted", () -> spillFiles().isEmpty(), this::state);
        assertThat(store.ids()).hasSize(14).doesNotHaveDuplicates().contains(first.id())
                .containsAll(more.stream().map(RequestLogEntry::id).toList());
    }

    @Test
    void acceptWhenDatabaseDownThenAtMostTheQueueAndOneBatchAreHeldInMemory() {
        store.down(true);
        int capacity = 50;
        int batch = 10;
        BatchingRequestLogWriter writer = start(writer(capacity, batch));
        List<RequestLogEntry> entries = Entries.entries(3000, "acme");
        int accepted = 0;
        for (RequestLogEntry entry : entries) {
            writer.accept(entry);
            accepted++;
            double inMemory = accepted - count("spilled");
            assertThat(inMemory).as("entries held in memory after %d accepted", accepted)
                    .isLessThanOrEqualTo(capacity + batch);
            assertThat(gauge("queue")).isLessThanOrEqualTo(capacity);
        }

        store.down(false);

        Eventually.until("all 3000 stored", () -> store.rows().size() >= 3000, this::state);
        assertThat(store.ids()).hasSize(3000).doesNotHaveDuplicates();
    }

    @Test
    void stopWhenEntriesBufferedThenAllStoredBeforeStopReturns() {
        BatchingRequestLogWriter writer = start(writer(5000, 100));
        List<RequestLogEntry> entries = Entries.entries(3000, "acme", "globex");
        entries.forEach(writer::accept);

        writer.stop();

        assertThat(store.ids()).hasSize(3000).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(entries.stream().map(RequestLogEntry::id).toList());
        assertThat(spillFiles()).isEmpty();
        assertThat(writer.isRunning()).isFalse();
    }

    @Test
    void stopWhenDatabaseDownThenEntriesSpilledAndStoredByTheNextStart() {
        store.down(true);
        BatchingRequestLogWriter first = start(writer(1000, 50));
        List<RequestLogEntry> entries = Entries.entries(400, "acme", "globex");
        entries.forEach(first::accept);

        first.stop();
        RequestLogEntry late = Entries.entry("acme");
        first.accept(late); // after stop: straight to the spill file

        assertThat(store.rows()).isEmpty();
        assertThat(spilledLines()).isEqualTo(401);

        store.down(false);
        SimpleMeterRegistry nextRegistry = new SimpleMeterRegistry();
        start(new BatchingRequestLogWriter(properties(1000, 50), store, TENANTS, nextRegistry));

        Eventually.until("the next process stores the spilled entries", () -> store.rows().size() >= 401,
                this::state);
        Eventually.until("its replayed files deleted", () -> spillFiles().isEmpty(), this::state);
        assertThat(store.ids()).hasSize(401).doesNotHaveDuplicates().contains(late.id());
    }

    @Test
    void startWhenSpillFileOfAKilledProcessThenCompleteLinesStoredAndFileDeleted() throws IOException {
        List<RequestLogEntry> entries = Entries.entries(25, "acme", "globex");
        StringBuilder file = new StringBuilder();
        for (RequestLogEntry entry : entries) {
            file.append(SpoolFiles.JSON.writeValueAsString(entry)).append('\n');
        }
        String cutOff = SpoolFiles.JSON.writeValueAsString(Entries.entry("acme"));
        file.append(cutOff, 0, cutOff.length() / 2); // the process died in the middle of this append
        Files.writeString(spool.resolve("spill-0000000000001-deadbeef-000000.jsonl"), file);

        start(writer(100, 10));

        Eventually.until("the 25 complete entries stored", () -> store.rows().size() >= 25, this::state);
        Eventually.until("the file deleted", () -> spillFiles().isEmpty(), this::state);
        assertThat(store.ids()).containsExactlyInAnyOrderElementsOf(entries.stream().map(RequestLogEntry::id).toList());
        assertThat(store.rows()).allSatisfy(row -> assertThat(row.tenant()).isEqualTo(row.entry().tenantId()));
    }

    @Test
    void writeWhenDatabaseRefusesOneEntryThenTheOthersOfItsBatchAreStored() {
        BatchingRequestLogWriter writer = start(writer(100, 50));
        List<RequestLogEntry> good = Entries.entries(9, "acme");
        RequestLogEntry refused = Entries.entry("acme", "refused-1", java.time.Instant.now(), "/refused");
        good.subList(0, 4).forEach(writer::accept);
        writer.accept(refused);
        good.subList(4, 9).forEach(writer::accept);

        Eventually.until("the nine others stored", () -> store.rows().size() >= 9, this::state);
        Eventually.until("the refused one counted", () -> count("dropped") == 1, this::state);
        assertThat(store.ids()).containsExactlyInAnyOrderElementsOf(good.stream().map(RequestLogEntry::id).toList());
        assertThat(count("failures")).isZero();
    }

    private BatchingRequestLogWriter writer(int capacity, int batchSize) {
        return new BatchingRequestLogWriter(properties(capacity, batchSize), store, TENANTS, registry);
    }

    private RequestLogProperties properties(int capacity, int batchSize) {
        return new RequestLogProperties(capacity, batchSize, Duration.ofMillis(50), spool, Duration.ofMillis(200),
                Duration.ofSeconds(5), false, Duration.ofHours(1), 1000);
    }

    private BatchingRequestLogWriter start(BatchingRequestLogWriter writer) {
        writer.start();
        started.add(writer);
        return writer;
    }

    private double count(String name) {
        return registry.counter("gatehouse.request_log." + name).count();
    }

    private double gauge(String name) {
        return registry.get("gatehouse.request_log." + name).gauge().value();
    }

    private List<Path> spillFiles() {
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private long spilledLines() {
        return spillFiles().stream().mapToLong(file -> {
            try (Stream<String> lines = Files.lines(file)) {
                return lines.count();
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }).sum();
    }

    private String state() {
        return "(stored " + store.rows().size() + ", spilled " + count("spilled") + ", queue " + gauge("queue")
                + ", files " + spillFiles().size() + ")";
    }
}
