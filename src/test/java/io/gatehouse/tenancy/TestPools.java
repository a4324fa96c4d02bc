package io.gatehouse.tenancy;

import io.gatehouse.support.TestDatabase;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A small pool of its own for tests that work beside the application's: on the build's PostgreSQL under
 * {@code mvn -Ppostgres} ({@link TestDatabase}), else on an in-memory H2 database.
 */
final class TestPools {

    private TestPools() {
    }

    /** @param h2Name the in-memory H2 database's name, when not on PostgreSQL */
    static HikariDataSource pool(String h2Name) {
        HikariDataSource pool = new HikariDataSource();
        pool.setMaximumPoolSize(2);
        if (TestDatabase.postgres()) {
            pool.setJdbcUrl(TestDatabase.url());
            pool.setUsername(TestDatabase.username());
        }
        else {
            pool.setJdbcUrl(TestDatabase.h2Url(h2Name));
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
