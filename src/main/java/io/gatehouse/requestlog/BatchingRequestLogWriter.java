package io.gatehouse.requestlog;

import java.util.Optional;
import java.util.function.Function;

import io.gatehouse.tenancy.Tenant;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Takes entries off the request thread into a bounded {@link EntryBuffer} (the queue, then the spill files);
 * one background thread ({@link WriterLoop}) writes them in batches, each entry once. See docs/decisions.md,
 * "Request log writer: back-pressure and loss window".
 */
final class BatchingRequestLogWriter implements RequestLogWriter, SmartLifecycle {

    /** Stops after the web server's graceful shutdown (phase MAX - 1024) and its stop (MAX - 2048). */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private static final Logger log = LoggerFactory.getLogger(BatchingRequestLogWriter.class);

    private final RequestLogProperties properties;
    private final EntryBuffer buffer;
    private final RequestLogMetrics metrics;
    private final TenantBatches batches;
    private volatile boolean running;
    private WriterLoop loop;
    private Thread thread;

    BatchingRequestLogWriter(RequestLogProperties properties, RequestLogStore store,
            Function<String, Optional<Tenant>> tenants, MeterRegistry registry) {
        this.properties = properties;
        SpoolFiles spool = new SpoolFiles(properties.spoolDir());
        this.metrics = new RequestLogMetrics(registry);
        this.buffer = new EntryBuffer(properties.queueCapacity(), properties.batchSize(), spool, metrics);
        this.batches = new TenantBatches(store, tenants, metrics);
        metrics.watch(buffer::queued, spool::bytes);
    }

    /** Never blocks on the database, never throws. Before start and after stop, entries go to a spill file. */
    @Override
    public void accept(RequestLogEntry entry) {
        buffer.add(entry, running);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        loop = new WriterLoop(properties, buffer, batches, metrics);
        thread = new Thread(loop, "request-log-writer");
        thread.setDaemon(true);
        running = true;
        thread.start();
    }

    /** Returns once everything queued is in the database or, past the drain timeout, in a spill file. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false; // from now on accept() spills
        loop.stop();
        try {
            thread.join(properties.drainTimeout().toMillis() + 1_000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            // Stuck on the database: what it holds goes to disk too (stored twice at worst, and skipped then).
            log.warn("Request log: the writer did not finish in time; spilling what it holds");
            buffer.spillSafely(loop.inFlight());
        }
        buffer.spillQueue(); // anything handed over while the loop drained
        buffer.close();
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
