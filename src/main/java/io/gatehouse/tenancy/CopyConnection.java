package io.gatehouse.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * A PostgreSQL connection of its own, outside the pool, for a writer that only appends rows by {@code COPY}
 * (docs/decisions.md §26). Each {@link #insertAll} commits by itself: one statement in autocommit, all rows or
 * none, two round trips per batch where a pooled transaction takes three (the COPY's two, {@code COMMIT}). The
 * connection keeps PostgreSQL's default plan cache mode: should a table it writes have foreign keys (none does
 * since V4), their checks would keep their plans rather than be planned per row. The rows are stamped with the
 * current tenant as by {@link TenantJdbc#insertAll}, by the same code.
 */
final class CopyConnection implements CommittedInserts {

    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();
    /** As Hikari's {@code aliveBypassWindowMs}: a connection used this recently is not checked before use. */
    private static final Duration CHECK_AFTER_IDLE = Duration.ofMillis(500);
    private static final int CHECK_TIMEOUT_SECONDS = 5;

    private final DataSource source;
    private final String initSql;
    private final long checkAfterIdleNanos;
    private Connection connection; // opened on first use, and again after a failure
    private long lastUsed;

    /**
     * @param source         where a new physical connection comes from on every {@code getConnection}
     * @param initSql        run once on every new connection, as the pool's {@code connectionInitSql}; may be null
     * @param checkAfterIdle how long the connection may stay unused before it is checked before its next use
     */
    CopyConnection(DataSource source, String initSql, Duration checkAfterIdle) {
        this.source = source;
        this.initSql = initSql;
        this.checkAfterIdleNanos = checkAfterIdle.toNanos();
    }

    /**
     * A connection to the pool's PostgreSQL database with the pool's credentials and driver properties, but
     * PostgreSQL's default plan cache mode; empty when the pool is not one on PostgreSQL (H2, the embedded default):
     * the caller then inserts in a transaction of the pool.
     *
     * @param name what PostgreSQL shows for the connection ({@code application_name} in {@code pg_stat_activity})
     */
    static Optional<CopyConnection> besidePool(DataSource pool, String name) {
        return besidePool(pool, name, CHECK_AFTER_IDLE);
    }

    static Optional<CopyConnection> besidePool(DataSource pool, String name, Duration checkAfterIdle) {
        return PostgresPools.of(pool).map(hikari -> besidePool(hikari, name, checkAfterIdle));
    }

    private static CopyConnection besidePool(HikariDataSource hikari, String name, Duration checkAfterIdle) {
        Properties properties = PostgresPools.driverProperties(hikari, name);
        // Appended, so that it wins over a mode the pool's options set (production's force_custom_plan), and the
        // other options stay.
        String options = properties.getProperty("options", "");
        properties.setProperty("options", (options + " -c plan_cache_mode=auto").strip());
        DriverManagerDataSource source = new DriverManagerDataSource(hikari.getJdbcUrl(), hikari.getUsername(),
                hikari.getPassword());
        source.setConnectionProperties(properties);
        // What the pool does to every new connection of its own, so that this one sees the same schema.
        source.setSchema(hikari.getSchema());
        return new CopyConnection(source, hikari.getConnectionInitSql(), checkAfterIdle);
    }

    /**
     * Copies the rows into the insert's table under the current tenant and commits them. A refused row (a
     * duplicate key, a value too long) refuses them all with a {@link DataIntegrityViolationException}, and the
     * connection stays. A connection unused for a while is checked first, and replaced if the database has let it
     * go (a restart since the last batch), as the pool checks the connections it hands out. A failure during the
     * COPY itself is not retried: the database may have committed the rows before the answer was lost, and a
     * second COPY would store them twice or be refused as duplicates. The connection is closed, and the next call
     * opens a new one.
     */
    @Override
    public synchronized void insertAll(BulkInsert insert, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String tenant = TenantContext.id();
        try {
            TenantJdbc.copy(checkedConnection(), tenant, insert, rows);
        }
        catch (SQLException ex) {
            DataAccessException translated = TRANSLATOR.translate("COPY", insert.copySql(), ex);
            if (translated instanceof DataIntegrityViolationException refused) {
                throw refused; // the statement failed, not the connection
            }
            close();
            throw translated != null ? translated : new UncategorizedSQLException("COPY", insert.copySql(), ex);
        }
        finally {
            lastUsed = System.nanoTime(); // after a lost connection there is none left to check
        }
    }

    /** The open connection if it was used recently or still answers, else a new one; nothing is sent yet. */
    private Connection checkedConnection() throws SQLException {
        if (connection != null && System.nanoTime() - lastUsed > checkAfterIdleNanos
                && !connection.isValid(CHECK_TIMEOUT_SECONDS)) {
            close();
        }
        return open();
    }

    /** The connection the next copy uses, opened if need be: for tests. */
    Connection connection() throws SQLException {
        return open();
    }

    private Connection open() throws SQLException {
        if (connection == null) {
            Connection opened = source.getConnection();
            try {
                opened.setAutoCommit(true);
                if (initSql != null && !initSql.isBlank()) {
                    try (Statement statement = opened.createStatement()) {
                        statement.execute(initSql);
                    }
                }
            }
            catch (SQLException ex) {
                opened.close();
                throw ex;
            }
            connection = opened;
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            }
            catch (SQLException ex) {
                // Closing a broken connection: nothing left to release.
            }
            connection = null;
        }
    }
}
