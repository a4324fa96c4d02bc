package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The in-memory tallies behind the usage counts: every use recorded is handed over exactly once, however the
 * recording threads and a draining thread interleave, including tallies retired while threads still hold them.
 */
class UseTalliesTests {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void drainWhenThreadsRecordMeanwhileThenEveryUseHandedOverOnceWithTheLatestTime() throws Exception {
        UseTallies<Integer> tallies = new UseTallies<>();
        Map<Integer, Long> counted = new HashMap<>();
        Map<Integer, Instant> latest = new HashMap<>();
        UseTallies.Taken<Integer> take = (key, count, at) -> {
            counted.merge(key, count, Long::sum);
            latest.merge(key, at, (a, b) -> a.isAfter(b) ? a : b);
        };
        int threads = 4;
        int uses = 100_000;
        AtomicBoolean recording = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        Future<?> drainer = pool.submit(() -> {
            while (recording.get()) {
                tallies.drain(take);
            }
        });
        List<Future<?>> recorders = IntStream.range(0, threads).<Future<?>>mapToObj(t -> pool.submit(() -> {
            for (int i = 0; i < uses; i++) {
                // Bursts on a few keys, so keys fall idle, are retired and come back while others record.
                tallies.record((i / 50 + t) % 7, T0.plusNanos(i));
            }
        })).toList();
        for (Future<?> recorder : recorders) {
            recorder.get(60, TimeUnit.SECONDS);
        }
        recording.set(false);
        drainer.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        tallies.drain(take);

        assertThat(counted.values().stream().mapToLong(Long::longValue).sum()).isEqualTo((long) threads * uses);
        assertThat(latest.values()).allSatisfy(at -> assertThat(at).isAfter(T0.plusNanos(uses - 400)));
    }

    @Test
    void drainWhenKeyIdleForOneDrainThenNothingHandedOverAndLaterUsesCountedAgain() {
        UseTallies<String> tallies = new UseTallies<>();
        Map<String, Long> counted = new HashMap<>();
        UseTallies.Taken<String> take = (key, count, at) -> counted.merge(key, count, Long::sum);
        tallies.record("s1", T0);
        tallies.drain(take);
        tallies.drain(take); // idle: the tally is retired

        tallies.record("s1", T0.plusSeconds(1));
        tallies.drain(take);

        assertThat(counted).containsExactly(Map.entry("s1", 2L));
    }
}
