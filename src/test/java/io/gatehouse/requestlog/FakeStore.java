package io.gatehouse.requestlog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.gatehouse.tenancy.TenantContext;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A store in memory that can be taken down (every insert fails, as with PostgreSQL stopped), can hold its first
 * insert until released (a slow database), and refuses entries whose path is {@code /refused}. It keeps every
 * row it was asked to store, so a row stored twice shows as a duplicate.
 */
final class FakeStore implements RequestLogStore {

    /** A stored row: the tenant bound when it was stored, and the entry. */
    record Row(String tenant, RequestLogEntry entry) {
    }

    private final List<Row> rows = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean down;
    private volatile CountDownLatch hold;
    private volatile CountDownLatch held;
    private final CountDownLatch entered = new CountDownLatch(1);

    void down(boolean down) {
        this.down = down;
    }

    /** The next insert waits until {@link #release()}. */
    void holdNextInsert() {
        held = new CountDownLatch(1);
        hold = held;
    }

    void release() {
        held.countDown();
    }

    boolean awaitEntered() throws InterruptedException {
        return entered.await(10, TimeUnit.SECONDS);
    }

    List<Row> rows() {
        synchronized (rows) {
            return List.copyOf(rows);
        }
    }

    List<String> ids() {
        return rows().stream().map(r -> r.entry().id()).toList();
    }

    @Override
    public void insert(List<RequestLogEntry> entries) {
        String tenant = TenantContext.id();
        CountDownLatch waiting = hold;
        if (waiting != null) {
            hold = null;
            entered.countDown();
            try {
                waiting.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        if (down) {
            throw new DataAccessResourceFailureException("Connection refused (the test database is down)");
        }
        if (entries.stream().anyMatch(e -> e.path().equals("/refused"))) {
            throw new DataIntegrityViolationException("value too long for type character varying(2000)");
        }
        entries.forEach(e -> rows.add(new Row(tenant, e)));
    }

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        throw new UnsupportedOperationException("The writer never purges");
    }

    @Override
    public int purgeMinutesBefore(Instant cutoff) {
        throw new UnsupportedOperationException("The writer never purges");
    }
}
