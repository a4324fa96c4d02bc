package io.gatehouse.requestlog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where entries wait for the database: a bounded queue in memory, and behind it the spill files. An entry that
 * does not fit in the queue goes to the spill file at once, so memory stays bounded and nothing is dropped.
 */
final class EntryBuffer {

    private static final Logger log = LoggerFactory.getLogger(EntryBuffer.class);
    private static final long IDLE_POLL_MILLIS = 100;
    /**
     * While the queue fills faster than one batch a linger, the writer naps this long and looks whether a batch is
     * full; a full batch waits at most one nap longer (the queue holds it). Otherwise it sleeps the whole linger at
     * once: each wake-up costs 40–300 µs of a core on a virtual machine, and sleeping the linger in one piece took
     * the writer thread 3.5 µs a read less where reads come at a thousand a second (decisions §33, §47).
     */
    private static final long NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final BlockingQueue<RequestLogEntry> queue;
    private final SpoolFiles spool;
    private final RequestLogMetrics metrics;
    private final int capacity;
    private final int batchSize;
    private volatile boolean spillPending = true; // an earlier process may have left spill files
    /** Whether the last batch collected was full: then the next one is watched for in naps. Writer thread only. */
    private boolean filling;

    EntryBuffer(int capacity, int batchSize, SpoolFiles spool, RequestLogMetrics metrics) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.capacity = capacity;
        this.batchSize = batchSize;
        this.spool = spool;
        this.metrics = metrics;
    }

    /**
     * Queues the entry, or spills it when the queue is full; never throws. When the writer is not running it
     * spills into a file closed at once, which the next start (of this process or another) can replay.
     */
    void add(RequestLogEntry entry, boolean running) {
        if (running && queue.offer(entry)) {
            return;
        }
        spillSafely(List.of(entry));
        if (!running) {
            spool.roll();
        }
    }

    /** The first entry to arrive within a short wait, and whatever follows within the linger, up to max. */
    List<RequestLogEntry> collect(int max, long lingerNanos) {
        List<RequestLogEntry> batch = new ArrayList<>();
        RequestLogEntry first;
        try {
            first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            // Nothing interrupts the writer thread (the writer is stopped by a flag): write what there is.
            return batch;
        }
        if (first == null) {
            return batch;
        }
        batch.add(first);
        // Sleeps through the linger instead of waiting on the queue: a writer waiting on the queue is woken by every
        // entry that arrives, one futex call on a request thread per request (docs/decisions.md §24).
        long deadline = System.nanoTime() + lingerNanos;
        long left;
        while (queue.size() < max - 1 && (left = deadline - System.nanoTime()) > 0 && !Thread.interrupted()) {
            LockSupport.parkNanos(filling ? Math.min(left, NAP_NANOS) : left);
        }
        queue.drainTo(batch, max - 1);
        filling = batch.size() >= max;
        return batch;
    }

    /** Takes up to max queued entries without waiting. */
    List<RequestLogEntry> take(int max) {
        List<RequestLogEntry> batch = new ArrayList<>(Math.min(max, queue.size()));
        queue.drainTo(batch, max);
        return batch;
    }

    boolean queueEmpty() {
        return queue.isEmpty();
    }

    int queued() {
        return queue.size();
    }

    /** Whether spill files wait to be replayed and the queue leaves room for it (under half full). */
    boolean replayDue() {
        return spillPending && queue.size() <= capacity / 2;
    }

    /** Closes the open spill file and answers the files to replay; appends from now on go to a new file. */
    List<Path> startReplay() {
        spillPending = false; // before the roll: an append after it raises the flag again
        spool.roll();
        return spool.files();
    }

    /** A replay that stopped early: its files are still there. */
    void replayUnfinished() {
        spillPending = true;
    }

    /** Moves the whole queue to the spill file, one batch at a time (so memory never holds more than one). */
    void spillQueue() {
        List<RequestLogEntry> held = new ArrayList<>(batchSize);
        while (queue.drainTo(held, batchSize) > 0) {
            spillSafely(held);
            held.clear();
        }
    }

    /** Appends to the spill file; an entry the disk refuses too is counted as dropped and logged by request id. */
    void spillSafely(List<RequestLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            spool.append(entries);
            metrics.spilled(entries.size());
            spillPending = true;
        }
        catch (RuntimeException ex) {
            metrics.dropped(entries.size());
            log.error("Lost {} request-log entries (first request {}): {}", entries.size(), entries.get(0).id(),
                    ex.getMessage());
        }
    }

    void close() {
        spool.roll();
    }
}
