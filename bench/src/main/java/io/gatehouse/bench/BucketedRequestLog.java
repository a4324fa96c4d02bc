package io.gatehouse.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.gatehouse.requestlog.RequestLogEntry;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The request log's store replaced by one that keeps a batch's entries of one subject in one row (docs/decisions.md
 * §50, §52): the client or user token, the first and last time, the sessions (a GIN-indexed uuid array), a mask of
 * the status classes, and the entries packed into one text column. The per-minute counts are kept as production
 * keeps them, with the same statements. Bench build only ({@code bench-log-bucketed}): it measures what such a store
 * would save a read under load; nothing reads these rows back. On a connection of its own, committing without
 * waiting for the disk, as production's log writer does (§45, §48).
 */
class BucketedRequestLog implements BeanPostProcessor, SmartInitializingSingleton {

    static final String TABLE = "bench_request_log_bucket";

    /** Separators no logged value holds once {@link #clean} has run: no escaping needed. */
    private static final char FIELD = '\u001f';
    private static final char ENTRY = '\u001e';

    private final Environment environment;
    private Connection connection;
    private boolean replaced;

    BucketedRequestLog(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!UnstoredRequestLog.STORE.equals(beanName)) {
            return bean;
        }
        Object standIn = UnstoredRequestLog.standIn(bean, "request-log store in buckets (bench-log-bucketed)",
                (method, args) -> {
                    if (method.getName().startsWith("insert")) { // insert, insertFresh
                        @SuppressWarnings("unchecked")
                        List<RequestLogEntry> entries = (List<RequestLogEntry>) args[0];
                        try {
                            store(entries);
                        }
                        catch (SQLException ex) { // the writer keeps the batch and tries again, as on an outage
                            throw new DataAccessResourceFailureException("bench-log-bucketed: " + ex.getMessage(), ex);
                        }
                        return null;
                    }
                    return method.getReturnType() == int.class ? 0 : null; // purges: nothing to do here
                });
        replaced = standIn != null;
        return replaced ? standIn : bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!replaced) {
            throw new IllegalStateException("bench-log-bucketed found no '" + UnstoredRequestLog.STORE + "' bean");
        }
        try {
            connection = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password", ""));
            try (Statement statement = connection.createStatement()) {
                statement.execute("set synchronous_commit to off");
                statement.execute("create table if not exists " + TABLE + " (tenant_id varchar(63) not null,"
                        + " client_pk bigint, user_token_id bigint, first_at timestamptz not null,"
                        + " last_at timestamptz not null, sessions uuid[] not null, status_mask integer not null,"
                        + " entries text not null)");
                statement.execute("create index if not exists " + TABLE + "_client_idx on " + TABLE
                        + " (client_pk, last_at) where client_pk is not null");
                statement.execute("create index if not exists " + TABLE + "_user_token_idx on " + TABLE
                        + " (user_token_id, last_at) where user_token_id is not null");
                statement.execute("create index if not exists " + TABLE + "_sessions_idx on " + TABLE
                        + " using gin (sessions)");
                statement.execute("create index if not exists " + TABLE + "_at_idx on " + TABLE
                        + " using brin (first_at)");
            }
            connection.setAutoCommit(false);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("bench-log-bucketed could not prepare its table", ex);
        }
    }

    /** One row per tenant and subject of the batch, and the minute counts, in one transaction. */
    private synchronized void store(List<RequestLogEntry> entries) throws SQLException {
        Map<List<Object>, List<RequestLogEntry>> buckets = new LinkedHashMap<>();
        for (RequestLogEntry e : entries) {
            buckets.computeIfAbsent(Arrays.asList(e.tenantId(), e.clientPk(), e.userTokenId()),
                    key -> new ArrayList<>()).add(e);
        }
        try {
            try (PreparedStatement insert = connection.prepareStatement("insert into " + TABLE
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (List<RequestLogEntry> bucket : buckets.values()) {
                    bind(insert, bucket);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            countMinutes(entries);
            connection.commit();
        }
        catch (SQLException ex) {
            connection.rollback();
            throw ex;
        }
    }

    private void bind(PreparedStatement insert, List<RequestLogEntry> bucket) throws SQLException {
        RequestLogEntry first = bucket.get(0);
        Set<Object> sessions = new LinkedHashSet<>();
        int mask = 0;
        StringBuilder packed = new StringBuilder(bucket.size() * 160);
        Instant last = first.at();
        for (RequestLogEntry e : bucket) {
            if (e.sessionId() != null) {
                sessions.add(UUID.fromString(e.sessionId()));
            }
            mask |= 1 << Math.min(Math.max(e.statusClass(), 0), 9);
            last = e.at().isAfter(last) ? e.at() : last;
            pack(packed, e);
        }
        insert.setString(1, first.tenantId());
        insert.setObject(2, first.clientPk());
        insert.setObject(3, first.userTokenId());
        insert.setObject(4, OffsetDateTime.ofInstant(first.at(), ZoneOffset.UTC));
        insert.setObject(5, OffsetDateTime.ofInstant(last, ZoneOffset.UTC));
        insert.setArray(6, connection.createArrayOf("uuid", sessions.toArray()));
        insert.setInt(7, mask);
        insert.setString(8, packed.toString());
    }

    private static void pack(StringBuilder packed, RequestLogEntry e) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, e.at());
        packed.append(e.id()).append(FIELD).append(micros).append(FIELD).append(clean(e.sessionId())).append(FIELD)
                .append(clean(e.method())).append(FIELD).append(clean(e.path())).append(FIELD)
                .append(clean(e.query())).append(FIELD).append(e.status()).append(FIELD).append(e.latencyMicros())
                .append(FIELD).append(e.responseBytes()).append(FIELD).append(clean(e.ip())).append(FIELD)
                .append(clean(e.userAgent())).append(FIELD).append(clean(e.reasonCode())).append(FIELD)
                .append(clean(e.reasonSentence())).append(ENTRY);
    }

    private static String clean(String value) {
        return value == null ? "" : value.indexOf(FIELD) < 0 && value.indexOf(ENTRY) < 0 ? value
                : value.replace(FIELD, ' ').replace(ENTRY, ' ');
    }

    /** As production's minute counts: per key, an insert that skips an existing row, then an update. */
    private void countMinutes(List<RequestLogEntry> entries) throws SQLException {
        Map<List<Object>, long[]> counts = new LinkedHashMap<>();
        for (RequestLogEntry e : entries) {
            counts.computeIfAbsent(Arrays.asList(e.tenantId(), Objects.requireNonNullElse(e.clientPk(), 0L),
                    Objects.requireNonNullElse(e.userTokenId(), 0L), e.at().truncatedTo(ChronoUnit.MINUTES),
                    e.statusClass()), key -> new long[1])[0]++;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into request_log_minute (tenant_id,"
                + " client_pk, user_token_id, minute_start, status_class, requests) values (?, ?, ?, ?, ?, ?)"
                + " on conflict do nothing");
                PreparedStatement update = connection.prepareStatement("update request_log_minute set requests ="
                        + " requests + ? where tenant_id = ? and client_pk = ? and user_token_id = ?"
                        + " and minute_start = ? and status_class = ?")) {
            for (Map.Entry<List<Object>, long[]> count : counts.entrySet()) {
                List<Object> key = count.getKey();
                OffsetDateTime minute = OffsetDateTime.ofInstant((Instant) key.get(3), ZoneOffset.UTC);
                insert.setString(1, (String) key.get(0));
                insert.setLong(2, (Long) key.get(1));
                insert.setLong(3, (Long) key.get(2));
                insert.setObject(4, minute);
                insert.setInt(5, (Integer) key.get(4));
                insert.setLong(6, count.getValue()[0]);
                if (insert.executeUpdate() == 0) {
                    update.setLong(1, count.getValue()[0]);
                    update.setString(2, (String) key.get(0));
                    update.setLong(3, (Long) key.get(1));
                    update.setLong(4, (Long) key.get(2));
                    update.setObject(5, minute);
                    update.setInt(6, (Integer) key.get(4));
                    update.executeUpdate();
                }
            }
        }
    }
}
