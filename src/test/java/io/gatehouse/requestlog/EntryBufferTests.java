package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the writer takes its batches off the queue: everything that arrives within the linger in one batch, and,
 * while entries come faster than a batch a linger, a full batch as soon as it is there.
 */
@Timeout(60)
class EntryBufferTests {

    private static final int MAX = 10;

    @TempDir
    Path spool;

    private EntryBuffer buffer() {
        return new EntryBuffer(1000, MAX, new SpoolFiles(spool), new RequestLogMetrics(new SimpleMeterRegistry()));
    }

    @Test
    void collectWhenEntriesArriveWithinTheLingerThenAllTakenInOneBatch() {
        EntryBuffer buffer = buffer();
        List<RequestLogEntry> entries = firstNowRestLater(buffer, 6, 50);

        List<RequestLogEntry> batch = buffer.collect(MAX, TimeUnit.MILLISECONDS.toNanos(500));

        assertThat(batch).containsExactlyElementsOf(entries);
        assertThat(buffer.queueEmpty()).isTrue();
    }

    @Test
    void collectWhenMoreThanABatchQueuedThenAtMostMaxTakenAndTheRestLeftInOrder() {
        EntryBuffer buffer = buffer();
        List<RequestLogEntry> entries = Entries.entries(25, "acme");
        entries.forEach(entry -> buffer.add(entry, true));

        assertThat(buffer.collect(MAX, TimeUnit.MILLISECONDS.toNanos(100))).isEqualTo(entries.subList(0, 10));
        assertThat(buffer.collect(MAX, TimeUnit.MILLISECONDS.toNanos(100))).isEqualTo(entries.subList(10, 20));
        assertThat(buffer.collect(MAX, TimeUnit.MILLISECONDS.toNanos(100))).isEqualTo(entries.subList(20, 25));
    }

    @Test
    void collectWhenTheLastBatchWasFullThenTheNextTakenOnceFullWithoutWaitingForTheLinger() {
        EntryBuffer buffer = buffer();
        Entries.entries(MAX, "acme").forEach(entry -> buffer.add(entry, true));
        assertThat(buffer.collect(MAX, TimeUnit.SECONDS.toNanos(30))).hasSize(MAX); // full: the queue fills fast

        List<RequestLogEntry> next = firstNowRestLater(buffer, MAX, 100);

        // The linger is 30 s; the writer's naps find the batch full within a nap of its last entry.
        List<RequestLogEntry> batch = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> buffer.collect(MAX, TimeUnit.SECONDS.toNanos(30)));
        assertThat(batch).containsExactlyElementsOf(next);
    }

    @Test
    void collectWhenTheQueueFillsDuringALongSleepThenAFullBatchAtTheLingersEndAndNothingLost() {
        EntryBuffer buffer = buffer();
        List<RequestLogEntry> entries = firstNowRestLater(buffer, 25, 20);

        List<RequestLogEntry> first = buffer.collect(MAX, TimeUnit.MILLISECONDS.toNanos(300));
        List<RequestLogEntry> second = buffer.collect(MAX, TimeUnit.MILLISECONDS.toNanos(300));
        List<RequestLogEntry> third = buffer.collect(MAX, TimeUnit.MILLISECONDS.toNanos(300));

        assertThat(first).isEqualTo(entries.subList(0, 10));
        assertThat(second).isEqualTo(entries.subList(10, 20));
        assertThat(third).isEqualTo(entries.subList(20, 25));
        assertThat(buffer.queueEmpty()).isTrue();
    }

    /** {@code count} entries: the first queued now, the others on another thread after the delay. */
    private static List<RequestLogEntry> firstNowRestLater(EntryBuffer buffer, int count, long delayMillis) {
        List<RequestLogEntry> entries = Entries.entries(count, "acme");
        buffer.add(entries.get(0), true);
        CompletableFuture.runAsync(() -> entries.subList(1, count).forEach(entry -> buffer.add(entry, true)),
                CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS));
        return entries;
    }
}
