package io.gatehouse.requestlog;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * The writer thread's work: batches from the queue to the database; while the database cannot be reached, the
 * queue to the spill file and a retry with backoff (100 ms doubling to {@code retry-max}); once it answers, the
 * spill files replayed, oldest first; at stop, the queue drained. One instance per run of the thread.
 */
final class WriterLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(WriterLoop.class);
    private static final long FIRST_RETRY_MILLIS = 100;

    private final RequestLogProperties properties;
    private final EntryBuffer buffer;
    private final TenantBatches batches;
    private final RequestLogMetrics metrics;
    private final SpoolReader reader = new SpoolReader();
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile List<RequestLogEntry> inFlight = List.of();
    private boolean down; // this thread's view of the database

    WriterLoop(RequestLogProperties properties, EntryBuffer buffer, TenantBatches batches,
            RequestLogMetrics metrics) {
        this.properties = properties;
        this.buffer = buffer;
        this.batches = batches;
        this.metrics = metrics;
    }

    /** Asks the loop to drain and end; it does so within the drain timeout plus one database call. */
    void stop() {
        running = false;
        stopSignal.countDown();
    }

    /** The batch being written at this moment, if any. */
    List<RequestLogEntry> inFlight() {
        return inFlight;
    }

    @Override
    public void run() {
        long retryMillis = FIRST_RETRY_MILLIS;
        while (running) {
            try {
                if (down) {
                    buffer.spillQueue(); // while the database is away, entries wait on disk, not in memory
                    if (pause(retryMillis)) {
                        break;
                    }
                    retryMillis = Math.min(retryMillis * 2, properties.retryMax().toMillis());
                }
                if (down || buffer.replayDue()) {
                    replay(() -> running);
                    retryMillis = down ? retryMillis : FIRST_RETRY_MILLIS;
                    continue;
                }
                write(buffer.collect(properties.batchSize(), properties.linger().toNanos()));
            }
            catch (RuntimeException ex) {
                log.error("The request-log writer failed; it goes on", ex);
                pause(properties.retryMax().toMillis());
            }
        }
        drain();
    }

    private void write(List<RequestLogEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        inFlight = batch;
        try {
            // First and only attempt from memory: a failure spills the batch, and the replay skips what landed.
            batches.writeFresh(batch);
        }
        catch (RuntimeException ex) {
            failed(ex);
            buffer.spillSafely(batch);
        }
        finally {
            inFlight = List.of();
        }
    }

    /** Replays the spill files, oldest first, while {@code goOn} says so; a database failure marks it down. */
    private void replay(BooleanSupplier goOn) {
        try {
            for (Path file : buffer.startReplay()) {
                if (!goOn.getAsBoolean()) {
                    break;
                }
                // false when another process still writes the file: that process replays it itself
                reader.replay(file, properties.batchSize(), batches::write, goOn);
            }
            if (!goOn.getAsBoolean()) {
                buffer.replayUnfinished();
            }
            if (down) {
                log.info("Request log: the database answers again; spilled entries are written");
                down = false;
            }
        }
        catch (RuntimeException ex) {
            buffer.replayUnfinished();
            failed(ex);
        }
    }

    private void failed(RuntimeException ex) {
        metrics.failure();
        if (!down) {
            log.warn("Request log: the database cannot be reached ({}); entries go to the spill files in {} and "
                    + "are written when it is back", reason(ex), properties.spoolDir());
        }
        down = true;
    }

    /** At stop: writes what is queued while the database answers and time is left, and spills the rest. */
    private void drain() {
        long deadline = System.nanoTime() + properties.drainTimeout().toNanos();
        BooleanSupplier timeLeft = () -> System.nanoTime() < deadline;
        while (!down && !buffer.queueEmpty() && timeLeft.getAsBoolean()) {
            write(buffer.take(properties.batchSize()));
        }
        buffer.spillQueue();
        if (!down && buffer.replayDue()) {
            replay(timeLeft); // what is left waits for the next start
        }
        buffer.close();
    }

    /** The driver's own words, short: a batch's message would repeat the statement with every row's values. */
    static String reason(Throwable ex) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
        if (cause instanceof SQLException sql && sql.getNextException() != null) {
            cause = sql.getNextException();
        }
        String message = String.valueOf(cause.getMessage());
        return message.length() <= 200 ? message : message.substring(0, 200) + "…";
    }

    /** Waits, or less when asked to stop; answers whether it was. */
    private boolean pause(long millis) {
        try {
            return stopSignal.await(millis, TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.interrupted(); // nothing interrupts this thread; stop() asks through the latch
            return !running;
        }
    }
}
