package io.gatehouse.tenancy;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A small pool of its own for tests that work beside the application's: on the build's PostgreSQL under
 * {@code mvn -Ppostgres} (the {@code spring.datasource.*} system properties), else on an in-memory H2 database.
 */
final class TestPools {

    static final String URL = System.getProperty("spring.datasource.url", "");

    private TestPools() {
    }

    static boolean onPostgres() {
        return URL.startsWith("jdbc:postgresql:");
    }

    /** @param h2Name the in-memory H2 database's name, when not on PostgreSQL */
    static HikariDataSource pool(String h2Name) {
        HikariDataSource pool = new HikariDataSource();
        pool.setMaximumPoolSize(2);
        if (onPostgres()) {
            pool.setJdbcUrl(URL);
            pool.setUsername(System.getProperty("spring.datasource.username"));
        }
        else {
            pool.setJdbcUrl("jdbc:h2:mem:" + h2Name + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
            pool.setUsername("sa");
        }
        return pool;
    }

    /** The writers' factory on the pool, wired as in the application. */
    static CommittedInsertsFactory writers(HikariDataSource pool) {
        return new CommittedInsertsFactory(pool, new TenantJdbc(new NamedParameterJdbcTemplate(pool)),
                new JdbcTransactionManager(pool));
    }
}
