package io.gatehouse.tenancy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * The uses of one id since the last flush. Request threads only add (an atomic increment and a max, no lock);
 * the flushing thread takes the count and retires a tally that saw no use for a whole interval, so the map of
 * tallies holds the ids used recently, not every id ever used.
 */
final class UseTally {

    /** Far below zero, so increments that race with the retirement never bring the count back to zero. */
    private static final long RETIRED = Long.MIN_VALUE / 2;

    private final AtomicLong count = new AtomicLong();
    private final LongAccumulator latestNanos = new LongAccumulator(Math::max, Long.MIN_VALUE);

    /** Request thread. {@code false} when a flush retired this tally: the use is not counted here, take a new one. */
    boolean add(Instant at) {
        // The time before the count: a flush that takes this use also sees its time.
        latestNanos.accumulate(at.getEpochSecond() * 1_000_000_000L + at.getNano());
        return count.getAndIncrement() >= 0;
    }

    /** Flushing thread only: the uses counted since the last take (0 for a retired tally). */
    long take() {
        long taken = count.get();
        if (taken <= 0) {
            return 0;
        }
        count.addAndGet(-taken); // only this thread subtracts: uses added meanwhile stay for the next take
        return taken;
    }

    /** Flushing thread only: retires the tally if no use came since the last take; answers whether it is retired. */
    boolean retireIfIdle() {
        return count.compareAndSet(0, RETIRED) || count.get() < 0;
    }

    /** The latest use added, as far as the uses taken so far go. */
    Instant latest() {
        long nanos = latestNanos.get();
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
