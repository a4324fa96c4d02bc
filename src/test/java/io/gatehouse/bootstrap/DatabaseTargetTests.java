package io.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.gatehouse.support.TestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Guards the "-Ppostgres" run: the suite really talks to the database the build selected. Nothing in the
 * suite skips tests when a database is unreachable — an unreachable PostgreSQL fails the context, so the
 * build — and this test makes a silent fallback to H2 fail too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DatabaseTargetTests {

    @Autowired
    DataSource dataSource;

    @Test
    void connectionWhenBuildSelectsADatabaseThenThatDatabaseIsUsed() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String url = connection.getMetaData().getURL();
            if (TestDatabase.postgres() || "postgres".equals(System.getenv("GATEHOUSE_TEST_DB"))) {
                assertThat(product).isEqualTo("PostgreSQL");
                assertThat(url).startsWith("jdbc:postgresql:");
            }
            else {
                assertThat(product).isEqualTo("H2");
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }
}
