package io.gatehouse.authserver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Group commit of new sessions (docs/decisions.md, "Session inserts are group-committed"): one commit per token
 * caps issuance at the database's commit rate, so a request thread hands its session over and waits until the
 * row is committed, and one writer thread writes everything waiting together, one commit per tenant
 * ({@link SessionStore#insertAll}). The writer never lingers: a lone session is written at once, and the sessions that arrive while a
 * commit is in flight form the next batch.
 */
@Component
class SessionInserts implements SmartLifecycle {

    /** Stops after the web server's graceful shutdown (MAX - 1024) and stop (MAX - 2048): no request waits then. */
    static final int PHASE = Integer.MAX_VALUE - 3072;
    static final int MAX_BATCH = 500;
    static final Duration WAIT = Duration.ofSeconds(5);

    private record Pending(Tenant tenant, SessionRecord session, CompletableFuture<Void> saved) {
    }

    private final SessionStore store;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Counter inserted;
    private final DistributionSummary batchSizes;
    /**
     * Shared by request threads as they queue, exclusive to stop: nothing is queued after stop. A monitor here
     * convoyed dozens of request threads on two cores; a shared read lock is one CAS.
     */
    private final ReadWriteLock stopping = new ReentrantReadWriteLock();
    private volatile boolean stopped;
    private volatile Thread writer;

    SessionInserts(SessionStore store, MeterRegistry registry) {
        this.store = store;
        this.inserted = Counter.builder("gatehouse.sessions.inserted")
                .description("Sessions (issued tokens) committed to the database").register(registry);
        this.batchSizes = DistributionSummary.builder("gatehouse.sessions.insert.batch.size")
                .description("Sessions committed per transaction").register(registry);
    }

    /** Returns once the session is committed under the current tenant; throws when it was not, or not in time. */
    void insert(SessionRecord session) {
        Pending pending = new Pending(TenantContext.require(), session, new CompletableFuture<>());
        stopping.readLock().lock();
        try {
            if (stopped) {
                throw new IllegalStateException("Shutting down: session " + session.id() + " not saved");
            }
            queue.add(pending);
        }
        finally {
            stopping.readLock().unlock();
        }
        try {
            pending.saved().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("Session " + session.id() + " not saved", ex.getCause());
        }
        catch (TimeoutException | InterruptedException ex) {
            if (ex instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Skipped if not yet taken; if already in flight its row may still land, a session nobody holds.
            pending.saved().completeExceptionally(ex);
            throw new IllegalStateException("Session " + session.id() + " not saved in time", ex);
        }
    }

    /** Sessions handed over and not yet written. */
    int pending() {
        return queue.size();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        // Once stopped nothing more is queued, so an empty queue then stays empty.
        while (!(stopped && queue.isEmpty())) {
            try {
                // Blocks while idle and returns as soon as one arrives: no linger. The timeout only notices stop.
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                    write(batch);
                    batch.clear();
                }
            }
            catch (InterruptedException ex) {
                // Not ours to obey: the queue is drained before the writer ends.
            }
        }
    }

    private void write(List<Pending> batch) {
        Map<String, List<Pending>> byTenant = new LinkedHashMap<>();
        batch.stream().filter(p -> !p.saved().isDone()) // its waiter gave up
                .forEach(p -> byTenant.computeIfAbsent(p.tenant().id(), t -> new ArrayList<>()).add(p));
        byTenant.values().forEach(pending -> TenantContext.runAs(pending.get(0).tenant(), () -> writeTenant(pending)));
    }

    private void writeTenant(List<Pending> pending) {
        try {
            store.insertAll(pending.stream().map(Pending::session).toList());
            saved(pending);
        }
        catch (DataIntegrityViolationException ex) {
            // One row was refused and the transaction rolled back: write them one by one, so only it fails.
            pending.forEach(this::writeAlone);
        }
        catch (RuntimeException ex) {
            pending.forEach(p -> p.saved().completeExceptionally(ex));
        }
    }

    private void writeAlone(Pending pending) {
        try {
            store.insert(pending.session());
            saved(List.of(pending));
        }
        catch (RuntimeException ex) {
            pending.saved().completeExceptionally(ex);
        }
    }

    private void saved(List<Pending> committed) {
        inserted.increment(committed.size());
        batchSizes.record(committed.size());
        committed.forEach(p -> p.saved().complete(null));
    }

    @Override
    public synchronized void start() {
        if (!isRunning()) {
            stopped = false;
            writer = new Thread(this::run, "session-inserts");
            writer.setDaemon(true);
            writer.start();
        }
    }

    /** Refuses new sessions, writes those already handed over, then returns. */
    @Override
    public synchronized void stop() {
        stopping.writeLock().lock();
        try {
            stopped = true;
        }
        finally {
            stopping.writeLock().unlock();
        }
        try {
            writer.join(WAIT.toMillis() + 1_000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null && !stopped;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
