package io.gatehouse.requestlog;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.gatehouse.tenancy.BulkInsert;
import io.gatehouse.tenancy.CommittedInsertsFactory;
import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.WriterTransactions;
import io.gatehouse.tenancy.WriterTransactions.Commits;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

/**
 * The writer's inserts run in transactions of its own: on PostgreSQL on a connection of its own beside the pool,
 * which the requests never wait for while a batch is copied (docs/decisions.md §45). The retention job's deletes
 * run on the pool.
 */
@Repository
class JdbcRequestLogStore implements RequestLogStore, DisposableBean {

    /** What PostgreSQL shows for the writer's own connection. */
    static final String WRITER_CONNECTION_NAME = "gatehouse-request-log";

    private static final BulkInsert ROWS = new BulkInsert("request_log", List.of("id", "at", "client_pk",
            "user_token_id", "session_id", "method", "path", "query", "status", "latency_micros", "response_bytes",
            "ip", "user_agent", "reason_code", "reason_sentence"));
    // "on conflict do nothing" (H2 2.4 in PostgreSQL mode and PostgreSQL alike): a replayed entry is skipped.
    private static final String INSERT = ROWS.insertSql() + " on conflict do nothing";

    /** The retention job's: the pool. */
    private final TenantJdbc jdbc;
    private final MinuteCounts minutes;
    /** The writer's: its own transactions. */
    private final WriterTransactions writes;
    private final TenantJdbc writer;
    private final MinuteCounts writtenMinutes;

    JdbcRequestLogStore(TenantJdbc jdbc, CommittedInsertsFactory writers) {
        this.jdbc = jdbc;
        this.minutes = new MinuteCounts(jdbc);
        // The log's loss window (decisions §12): its commits do not wait for the disk.
        this.writes = writers.transactions(WRITER_CONNECTION_NAME, Commits.WITHOUT_WAITING_FOR_DISK);
        this.writer = writes.jdbc();
        this.writtenMinutes = new MinuteCounts(writer);
    }

    /**
     * The rows and their per-minute counts in one transaction. Only entries not stored before are counted: a
     * batch written again (after a failure whose commit went through, or replayed from a spill file) inserts
     * nothing and counts nothing.
     */
    @Override
    public void insert(List<RequestLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        writes.inTransaction(() -> {
            // "= any(array)", not "in (:ids)": PostgreSQL soon plans a prepared statement generically, and for a
            // thousand separate parameters that plan could scan the whole log.
            Set<UUID> stored = new HashSet<>(writer.sql(
                    "select id from request_log where tenant_id = :tenant and id = any(:ids)")
                    .param("ids", entries.stream().map(JdbcRequestLogStore::id).toArray(UUID[]::new))
                    .query(UUID.class).list());
            List<RequestLogEntry> fresh = entries.stream().filter(e -> !stored.contains(id(e))).toList();
            if (!fresh.isEmpty()) {
                writer.batch(INSERT, fresh.stream().map(e -> ROWS.named(row(e))).toList());
                count(fresh);
            }
        });
    }

    /**
     * Without "on conflict", and on PostgreSQL as one {@code COPY}: a batch that cannot hold a stored id needs
     * neither the check nor the speculative insertion of each row (docs/decisions.md §23, §24). Should one be
     * stored after all, the whole batch is refused with a {@code DataIntegrityViolationException}, and the
     * writer writes its entries one by one through {@link #insert}, which skips it.
     */
    @Override
    public void insertFresh(List<RequestLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        writes.inTransaction(() -> {
            writer.insertAll(ROWS, entries.stream().map(JdbcRequestLogStore::row).toList());
            writtenMinutes.add(entries); // all stored, so no id twice: the primary key would have refused the batch
        });
    }

    private void count(List<RequestLogEntry> entries) {
        Map<String, RequestLogEntry> distinct = new LinkedHashMap<>();
        entries.forEach(e -> distinct.putIfAbsent(e.id(), e));
        writtenMinutes.add(distinct.values());
    }

    @Override
    public void destroy() {
        writes.close(); // after the writer's last batch: the writer depends on this store, so stops first
    }

    @Override
    public int purgeMinutesBefore(Instant cutoff) {
        return minutes.purgeBefore(cutoff);
    }

    /**
     * One chunk by the time index (BRIN on PostgreSQL, V3): a short statement that locks few rows, repeated by
     * the retention job until nothing is left, rather than one delete that holds millions of row locks.
     */
    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                delete from request_log where tenant_id = :tenant and id in (
                    select id from request_log where tenant_id = :tenant and at < :cutoff limit :limit)""")
                .param("cutoff", TenantJdbc.ts(cutoff))
                .param("limit", limit)
                .update();
    }

    /**
     * The entry's request id as the column takes it. Every id the filter makes is a UUID; one that is not is refused
     * as the database refuses a value it cannot hold, so the writer drops that entry alone and stores the others.
     */
    private static UUID id(RequestLogEntry e) {
        return LogIds.parse(e.id()).orElseThrow(() -> new DataIntegrityViolationException(
                "The request id " + e.id() + " is not a UUID"));
    }

    /** In the order of {@link #ROWS}' columns; the ids as the uuid columns take them. */
    private static Object[] row(RequestLogEntry e) {
        return new Object[] {id(e), e.at(), e.clientPk(), e.userTokenId(),
                LogIds.parse(e.sessionId()).orElse(null), // no UUID, so no session's id
                e.method(), e.path(), e.query(), e.status(), e.latencyMicros(), e.responseBytes(), e.ip(),
                e.userAgent(), e.reasonCode(), e.reasonSentence()};
    }
}
