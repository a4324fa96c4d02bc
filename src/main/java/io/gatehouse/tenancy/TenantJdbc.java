package io.gatehouse.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The one persistence layer that stamps and filters the tenant. Every statement on a tenant-owned
 * table goes through {@link #sql(String)}: the statement must use the {@code :tenant} parameter, and
 * that parameter is always bound to the tenant of the current thread — never to a value a caller passes.
 */
@Component
public class TenantJdbc {

    /** The column every tenant-owned table has, stamped and filtered here only. */
    public static final String TENANT_COLUMN = "tenant_id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batches;

    /** Statements and batches go through the same template, so through the same connections and transactions. */
    public TenantJdbc(NamedParameterJdbcOperations batches) {
        this.jdbc = JdbcClient.create(batches);
        this.batches = batches;
    }

    public JdbcClient.StatementSpec sql(String sql) {
        requireTenantParameter(sql);
        return TenantGuard.guard(jdbc.sql(sql).param(TenantGuard.PARAMETER, TenantContext.id()));
    }

    /**
     * Runs one statement for many rows as a JDBC batch. As with {@link #sql}, the statement must use
     * {@code :tenant}, which is bound in every row to the tenant of the current thread; a row may not carry it.
     */
    public int[] batch(String sql, List<Map<String, Object>> rows) {
        requireTenantParameter(sql);
        String tenant = TenantContext.id();
        SqlParameterSource[] sources = new SqlParameterSource[rows.size()];
        for (int i = 0; i < sources.length; i++) {
            Map<String, Object> row = rows.get(i);
            refuseTenantValue(row);
            sources[i] = new MapSqlParameterSource(row).addValue(TenantGuard.PARAMETER, tenant);
        }
        return batches.batchUpdate(sql, sources);
    }

    /**
     * Inserts many rows, each stamped with the tenant of the current thread, in the current transaction if there
     * is one. On PostgreSQL this is one {@code COPY}, which takes about half the database's work of the same rows
     * as batched inserts (docs/decisions.md §24); elsewhere it is the batch of {@link BulkInsert#insertSql()}.
     * Either way, in a transaction, one refused row (a duplicate key, a value too long) refuses them all with
     * the same exception. A row is its values in the order of the insert's columns; one that does not fit them is
     * refused before anything runs.
     *
     * <p>The tables written this way keep no foreign keys (V4, decisions §27): under production's
     * {@code plan_cache_mode=force_custom_plan} PostgreSQL would plan a key check again for every copied row.
     */
    public void insertAll(BulkInsert insert, List<Object[]> rows) {
        String tenant = TenantContext.id();
        if (rows.isEmpty()) {
            return;
        }
        if (!onPostgres(connection -> copy(connection, tenant, insert, rows))) {
            batch(insert.insertSql(), rows.stream().map(insert::named).toList());
        }
    }

    /**
     * Lets the current transaction's commit return before its WAL is on disk, on PostgreSQL (elsewhere it does
     * nothing): for rows that may be lost in a crash of PostgreSQL or its machine, where waiting for the disk on
     * every commit (and the CPU a flush takes on a virtual machine) may not be paid. The database stays consistent;
     * what is lost is what was committed within about three WAL-writer delays (600 ms by default) of the crash.
     */
    public void commitWithoutWaitingForDisk() {
        onPostgres(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local synchronous_commit to off");
            }
        });
    }

    /** Work on the current connection (the transaction's, if there is one) if it is PostgreSQL's. */
    private interface PostgresWork {
        void run(Connection connection) throws SQLException;
    }

    /** @return whether the connection was PostgreSQL's and the work ran */
    private boolean onPostgres(PostgresWork work) {
        return Boolean.TRUE.equals(batches.getJdbcOperations().execute((ConnectionCallback<Boolean>) connection -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            work.run(connection);
            return true;
        }));
    }

    /**
     * One COPY of the rows into the insert's table on a PostgreSQL connection, every row stamped with the tenant.
     * The text goes as one message of UTF-8 bytes (the driver's client encoding): {@code copyIn(sql, Reader)} would
     * allocate a 64 K-character buffer per call, a fifth of all a token request allocated (decisions §33).
     */
    static void copy(Connection connection, String tenant, BulkInsert insert, List<Object[]> rows)
            throws SQLException {
        rows.forEach(insert::requireFits);
        CopyText text = CopyText.of(tenant, rows);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(insert.copySql());
        try {
            copy.writeToCopy(text.bytes(), 0, text.length());
            copy.endCopy();
        }
        catch (SQLException | RuntimeException ex) {
            cancel(copy, ex); // the connection must leave COPY mode before it is used again
            throw ex;
        }
    }

    private static void cancel(CopyIn copy, Exception failure) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        catch (SQLException ex) {
            failure.addSuppressed(ex);
        }
    }

    private static void refuseTenantValue(Map<String, Object> row) {
        if (row.containsKey(TenantGuard.PARAMETER) || row.containsKey(TENANT_COLUMN)) {
            throw new IllegalArgumentException("The tenant parameter is bound from the current tenant only");
        }
    }

    private static void requireTenantParameter(String sql) {
        if (!sql.contains(":tenant")) {
            throw new IllegalArgumentException("Tenant-scoped SQL must filter or stamp :tenant: " + sql);
        }
    }

    /** Runs an insert and answers the id the database generated for the new row. */
    public static long insertReturningId(JdbcClient.StatementSpec insert) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Binds an instant so that both H2 and PostgreSQL store it as {@code timestamp with time zone}. */
    public static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Short lists of tokens (scopes, field ids) are stored space-separated in one column. */
    public static String words(List<String> values) {
        return String.join(" ", values);
    }

    public static List<String> words(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null || value.isBlank() ? List.of() : List.of(value.trim().split(" +"));
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
