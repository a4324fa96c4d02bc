package io.gatehouse.tenancy;

import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * What a writer's own connection beside the pool takes from the pool ({@link CopyConnection},
 * {@link JdbcWriterTransactions}).
 */
final class PostgresPools {

    private PostgresPools() {
    }

    /** The pool, when it is a Hikari pool on PostgreSQL; empty elsewhere (H2, the embedded default). */
    static Optional<HikariDataSource> of(DataSource pool) {
        return pool instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:") ? Optional.of(hikari) : Optional.empty();
    }

    /**
     * A copy of the pool's driver properties (the pool's own stay as they are), with the name PostgreSQL shows for
     * the connection ({@code application_name} in {@code pg_stat_activity}).
     */
    static Properties driverProperties(HikariDataSource pool, String name) {
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        properties.setProperty("ApplicationName", name);
        return properties;
    }
}
