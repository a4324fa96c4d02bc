package io.gatehouse.tenancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Counts the uses of tenant-owned things (sessions, user tokens) in memory and adds them to the database once
 * per interval, in one batch per tenant, run under that tenant. Recording takes no lock and touches no database,
 * so a request pays for neither a write nor a row lock; the writer adds ({@code request_count + n}) and only moves
 * the last use forward, so several nodes on one database add up. Uses of a batch that fails wait for the next
 * flush; stopping flushes once more. See docs/decisions.md, "Usage counts are flushed once a second".
 */
public class UsageRecorder<I extends Comparable<I>> implements SmartLifecycle {

    /** Stops after the web server's graceful shutdown (phase MAX - 1024) and its stop (MAX - 2048). */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private static final Logger log = LoggerFactory.getLogger(UsageRecorder.class);

    /**
     * Adds uses of ids of the current tenant, inside the transaction the recorder opens, so all or none are added;
     * an exception keeps them for the next flush.
     */
    public interface Writer<I> {
        void add(List<UseCount<I>> uses);
    }

    /** A tenant's id. Equal by the tenant's id: a tenant whose settings changed still counts the same ids. */
    private record Key<I>(Tenant tenant, I id) {

        // Written out: the generated ones run through method handles, nested for the tenant record, which the
        // profile showed at 8 µs of every API call on a slow machine (docs/decisions.md §38).
        @Override
        public boolean equals(Object other) {
            return other instanceof Key<?> key && tenant.id().equals(key.tenant.id()) && id.equals(key.id);
        }

        @Override
        public int hashCode() {
            return 31 * tenant.id().hashCode() + id.hashCode();
        }
    }

    private final String what;
    private final Writer<I> writer;
    /** Here, not on the stores: a transactional store would need a proxy, in front of its reads on every request. */
    private final TransactionOperations transactions;
    private final UsageProperties properties;
    private final UseTallies<Key<I>> live = new UseTallies<>();
    private final Map<Key<I>, UseCount<I>> pending = new HashMap<>(); // guarded by this
    private long dropped; // guarded by this
    private boolean failing; // guarded by this
    private final Object lifecycle = new Object();
    private volatile ScheduledExecutorService scheduler;

    /** @param what what is counted, for the log ("session") */
    public UsageRecorder(String what, Writer<I> writer, TransactionOperations transactions,
            UsageProperties properties) {
        this.what = what;
        this.writer = writer;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** Counts one use of the id, in the tenant of the current thread. Cheap, never blocks, never fails. */
    public void record(I id, Instant at) {
        live.record(new Key<>(TenantContext.require(), id), at);
    }

    /**
     * Adds every use recorded so far to the database, one batch per tenant; a tenant whose batch fails waits.
     *
     * @return how many ids still wait for the database
     */
    public synchronized int flush() {
        drain();
        Map<String, List<Key<I>>> byTenant = new LinkedHashMap<>();
        pending.keySet().forEach(key -> byTenant.computeIfAbsent(key.tenant().id(), t -> new ArrayList<>()).add(key));
        boolean failed = false;
        for (List<Key<I>> keys : byTenant.values()) {
            failed |= !write(keys);
        }
        if (failing && !failed) {
            log.info("Usage of {}s: the database takes the counts again", what);
        }
        failing = failed;
        if (dropped > 0) {
            log.warn("Usage of {}s: dropped {} uses of ids beyond the {} already waiting for the database", what,
                    dropped, properties.maxPending());
            dropped = 0;
        }
        return pending.size();
    }

    private boolean write(List<Key<I>> keys) {
        // In id order, so two nodes writing the same rows lock them in the same order.
        List<UseCount<I>> uses = keys.stream().map(pending::get).sorted(Comparator.comparing(UseCount::id)).toList();
        try {
            TenantContext.runAs(keys.get(0).tenant(),
                    () -> transactions.executeWithoutResult(status -> writer.add(uses)));
            keys.forEach(pending::remove);
            return true;
        }
        catch (RuntimeException ex) {
            if (!failing) {
                log.warn("Usage of {}s: could not write the counts of {} ids of tenant {}; they wait for the next "
                        + "flush: {}", what, uses.size(), keys.get(0).tenant().id(), ex.getMessage());
            }
            return false;
        }
    }

    /** Moves what was recorded since the last flush into {@code pending}, which holds at most maxPending ids. */
    private void drain() {
        live.drain((key, count, latest) -> {
            if (pending.size() < properties.maxPending() || pending.containsKey(key)) {
                pending.merge(key, new UseCount<>(key.id(), count, latest), UseCount::plus);
            }
            else {
                dropped += count; // the database has been away long: memory stays bounded, ids already waiting add up
            }
        });
    }

    @Override
    public void start() {
        synchronized (lifecycle) {
            if (scheduler != null) {
                return;
            }
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, what + "-usage-flush");
                thread.setDaemon(true);
                return thread;
            });
            long millis = properties.flushInterval().toMillis();
            scheduler.scheduleWithFixedDelay(this::scheduledFlush, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Flushes once more after the scheduled flushes ended: a clean stop loses no use the database would take. */
    @Override
    public void stop() {
        synchronized (lifecycle) {
            if (scheduler == null) {
                return;
            }
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
        int lost = flush();
        if (lost > 0) {
            log.warn("Usage of {}s: the counts of {} ids could not be written before the stop", what, lost);
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** An exception would end the schedule: log it, and the next tick tries again. */
    private void scheduledFlush() {
        try {
            flush();
        }
        catch (RuntimeException ex) {
            log.warn("Usage of {}s: the flush failed: {}", what, ex.getMessage());
        }
    }
}
