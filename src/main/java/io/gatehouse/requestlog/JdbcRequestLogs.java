package io.gatehouse.requestlog;

import static io.gatehouse.tenancy.TenantJdbc.instant;
import static io.gatehouse.tenancy.TenantJdbc.nullableLong;
import static io.gatehouse.tenancy.TenantJdbc.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.tenancy.TenantJdbc;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The Logs page's queries. Each one is limited to one subject and reads its index, {@code (client_pk or
 * user_token_id, at)} on PostgreSQL (V5; the tenant is checked on the rows found, equal times put in id order by
 * an incremental sort) and {@code (tenant_id, subject, at, id)} on H2: a page walks it backwards from the cursor
 * and stops after {@code limit + 1} rows; the chart reads the range and groups in the database. Nothing counts or
 * skips the whole log.
 */
@Repository
class JdbcRequestLogs implements RequestLogs {

    private final TenantJdbc jdbc;
    private final Timer pageTimer;
    private final Timer chartTimer;

    JdbcRequestLogs(TenantJdbc jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        // Timed so an operator (and bench/run) can see the Logs page's query time at the real log size.
        this.pageTimer = queryTimer(registry, "page");
        this.chartTimer = queryTimer(registry, "chart");
    }

    private static Timer queryTimer(MeterRegistry registry, String part) {
        return Timer.builder("gatehouse.logs.query")
                .description("Time of one Logs page query: a page of entries, or the chart's counts")
                .tag("part", part)
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    @Override
    public LogPage page(LogFilter filter, LogCursor after, int limit) {
        return pageTimer.record(() -> readPage(filter, after, limit));
    }

    private LogPage readPage(LogFilter filter, LogCursor after, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
        Query page = pageQuery(filter, after, size + 1);
        List<RequestLogEntry> rows = jdbc.sql(page.sql()).params(page.params()).query(JdbcRequestLogs::map).list();
        if (rows.size() <= size) {
            return new LogPage(rows, null);
        }
        List<RequestLogEntry> entries = rows.subList(0, size);
        return new LogPage(entries, LogCursor.after(entries.get(size - 1)));
    }

    @Override
    public LogChart chart(LogFilter filter) {
        return chartTimer.record(() -> readChart(filter));
    }

    private LogChart readChart(LogFilter filter) {
        Instant from = Objects.requireNonNull(filter.from(), "A chart needs the start of its range");
        Instant to = Objects.requireNonNull(filter.to(), "A chart needs the end of its range");
        long seconds = LogChart.bucketFor(from, to).toSeconds();
        Map<String, Object> params = new HashMap<>();
        params.put("bucketSeconds", seconds);
        String sql = countsByMinute(filter) ? minuteCountsSql(filter, params) : """
                select bucket, status_class, count(*) as requests from (
                    select floor(extract(epoch from at) / :bucketSeconds) as bucket, status / 100 as status_class
                    from request_log where %s) entries
                group by bucket, status_class""".formatted(where(filter, params));
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql(sql).params(params).query((RowCallbackHandler) rs -> {
            long[] classes = counts.computeIfAbsent(rs.getLong("bucket"), index -> new long[6]);
            classes[Math.min(Math.max(rs.getInt("status_class"), 0), 5)] += rs.getLong("requests");
        });
        List<LogChart.Bucket> buckets = new ArrayList<>();
        for (long index = LogChart.firstIndex(from, seconds); index <= LogChart.lastIndex(to, seconds); index++) {
            long[] c = counts.getOrDefault(index, new long[6]);
            buckets.add(new LogChart.Bucket(Instant.ofEpochSecond(index * seconds), c[2], c[4], c[5],
                    c[0] + c[1] + c[3]));
        }
        return new LogChart(from, to, Duration.ofSeconds(seconds), buckets);
    }

    /**
     * Whether the chart can be summed from the per-minute counts: they know the subject, the minute and the
     * status class, so a range on whole minutes with at most a status filter; any other filter counts rows.
     */
    private static boolean countsByMinute(LogFilter filter) {
        return filter.method() == null && filter.pathPrefix() == null && filter.sessionId() == null
                && wholeMinute(filter.from()) && wholeMinute(filter.to());
    }

    private static boolean wholeMinute(Instant instant) {
        return instant.equals(instant.truncatedTo(ChronoUnit.MINUTES));
    }

    private static String minuteCountsSql(LogFilter filter, Map<String, Object> params) {
        LogSubject subject = filter.subject();
        params.put("client", subject.clientPk() == null ? 0L : subject.clientPk());
        params.put("userToken", subject.userTokenId() == null ? 0L : subject.userTokenId());
        params.put("from", ts(filter.from()));
        params.put("to", ts(filter.to()));
        String statusClass = "";
        if (filter.statusClass() != null) {
            statusClass = " and status_class = :statusClass";
            params.put("statusClass", filter.statusClass());
        }
        return """
                select bucket, status_class, sum(requests) as requests from (
                    select floor(extract(epoch from minute_start) / :bucketSeconds) as bucket, status_class, requests
                    from request_log_minute
                    where tenant_id = :tenant and client_pk = :client and user_token_id = :userToken
                        and minute_start >= :from and minute_start < :to%s) minutes
                group by bucket, status_class""".formatted(statusClass);
    }

    @Override
    public Optional<RequestLogEntry> find(LogSubject subject, String requestId) {
        String sql = "select * from request_log where tenant_id = :tenant and id = :id and " + subject.column()
                + " = :subject";
        return LogIds.parse(requestId).flatMap(id -> jdbc.sql(sql).param("id", id).param("subject", subject.key())
                .query(JdbcRequestLogs::map).optional());
    }

    /** A statement and its parameters, but for {@code :tenant}, which the persistence layer binds. */
    record Query(String sql, Map<String, Object> params) {
    }

    /** Up to {@code rows} entries of the filter, newest first, after the cursor if there is one. */
    static Query pageQuery(LogFilter filter, LogCursor after, int rows) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select * from request_log where ").append(where(filter, params));
        if (after != null) {
            // "(at, id) < (:at, :id)", written so that the first part bounds the index scan on both databases.
            sql.append(" and at <= :afterAt and (at < :afterAt or id < :afterId)");
            params.put("afterAt", ts(after.at()));
            params.put("afterId", LogIds.of(after.id()));
        }
        sql.append(" order by at desc, id desc limit :limit");
        params.put("limit", rows);
        return new Query(sql.toString(), params);
    }

    /** The conditions of a filter, starting with the tenant and the subject (the index's leading columns). */
    private static String where(LogFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("tenant_id = :tenant and ")
                .append(filter.subject().column()).append(" = :subject");
        params.put("subject", filter.subject().key());
        if (filter.from() != null) {
            sql.append(" and at >= :from");
            params.put("from", ts(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and at < :to");
            params.put("to", ts(filter.to()));
        }
        if (filter.statusClass() != null) {
            sql.append(" and status >= :statusFrom and status < :statusTo");
            params.put("statusFrom", filter.statusClass() * 100);
            params.put("statusTo", filter.statusClass() * 100 + 100);
        }
        if (filter.method() != null) {
            sql.append(" and method = :method");
            params.put("method", filter.method());
        }
        if (filter.pathPrefix() != null) {
            sql.append(" and path like :pathPrefix escape '\\'");
            params.put("pathPrefix", likePrefix(filter.pathPrefix()));
        }
        if (filter.sessionId() != null) {
            Optional<UUID> session = LogIds.parse(filter.sessionId());
            // Text that is no session id matches no entry.
            sql.append(session.isPresent() ? " and session_id = :session" : " and 1 = 0");
            session.ifPresent(id -> params.put("session", id));
        }
        return sql.toString();
    }

    /** A LIKE pattern matching values that start with the text, whatever wildcards the text contains. */
    static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static RequestLogEntry map(ResultSet rs, int row) throws SQLException {
        return new RequestLogEntry(rs.getString("tenant_id"), rs.getString("id"), instant(rs, "at"),
                nullableLong(rs, "client_pk"), rs.getString("session_id"), nullableLong(rs, "user_token_id"),
                rs.getString("method"), rs.getString("path"), rs.getString("query"), rs.getInt("status"),
                rs.getLong("latency_micros"), rs.getLong("response_bytes"), rs.getString("ip"),
                rs.getString("user_agent"), rs.getString("reason_code"), rs.getString("reason_sentence"));
    }
}
