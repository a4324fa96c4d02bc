package io.gatehouse.requestlog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import io.gatehouse.tenancy.Tenant;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Takes entries off the request thread into a bounded {@link EntryBuffer}; one background thread writes them in
 * batches. When the database cannot be reached the writer spills what it holds and retries with backoff (100 ms
 * doubling to {@code retry-max}); once the database answers it replays the spill files, then goes on with the
 * queue. Writes skip entries already stored, so a replay never duplicates. See docs/decisions.md, "Request log
 * writer: back-pressure and loss window".
 */
final class BatchingRequestLogWriter implements RequestLogWriter, SmartLifecycle {

    /** Stops after the web server's graceful shutdown (phase MAX - 1024) and its stop (MAX - 2048). */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private static final Logger log = LoggerFactory.getLogger(BatchingRequestLogWriter.class);
    private static final long FIRST_RETRY_MILLIS = 100;

    private final RequestLogProperties properties;
    private final EntryBuffer buffer;
    private final SpoolReader reader = new SpoolReader();
    private final RequestLogMetrics metrics;
    private final TenantBatches batches;
    private volatile boolean running;
    private volatile List<RequestLogEntry> inFlight = List.of();
    private volatile CountDownLatch stopSignal = new CountDownLatch(1);
    private boolean down; // the writer thread's view of the database
    private Thread worker;

    BatchingRequestLogWriter(RequestLogProperties properties, RequestLogStore store,
            Function<String, Optional<Tenant>> tenants, MeterRegistry registry) {
        this.properties = properties;
        SpoolFiles spool = new SpoolFiles(properties.spoolDir());
        this.metrics = new RequestLogMetrics(registry);
        this.buffer = new EntryBuffer(properties.queueCapacity(), properties.batchSize(), spool, metrics);
        this.batches = new TenantBatches(store, tenants, metrics);
        metrics.watch(buffer::queued, spool::bytes);
    }

    /** Before start and after stop, entries go straight to the spill file: the next start writes them. */
    @Override
    public void accept(RequestLogEntry entry) {
        buffer.add(entry, running);
    }

    private void work() {
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
            batches.write(batch);
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
                    + "are written when it is back", ex.getMessage(), properties.spoolDir());
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

    private boolean pause(long millis) {
        try {
            return stopSignal.await(millis, TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.interrupted();
            return !running;
        }
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        stopSignal = new CountDownLatch(1);
        running = true;
        worker = new Thread(this::work, "request-log-writer");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false; // from now on accept() spills, and the worker drains
        stopSignal.countDown();
        try {
            worker.join(properties.drainTimeout().toMillis() + 1_000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            // Stuck on the database: what it holds goes to disk too (stored twice at worst, and skipped then).
            log.warn("Request log: the writer did not finish in time; spilling what it holds");
            buffer.spillSafely(inFlight);
            buffer.spillQueue();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
