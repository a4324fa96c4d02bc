package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.gatehouse.shared.TimeOrderedIds;
import io.gatehouse.support.TestDatabase;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V6 on a log that already holds rows (decisions §51): the rows written with text ids before it are all
 * there after it, with the same ids, now uuid. On a scratch database of its own: an in-memory H2 one as the embedded
 * default opens it, or under {@code -Ppostgres} a PostgreSQL database made for the test and dropped after it.
 */
class RequestLogUuidMigrationTests {

    private static final String SCRATCH = "gatehouse_v6_migration";

    @AfterEach
    void dropScratchDatabase() {
        if (TestDatabase.postgres()) {
            admin().sql("drop database if exists " + SCRATCH + " with (force)").update();
        }
    }

    @Test
    void migrateWhenLogHoldsRowsWithTextIdsThenEveryRowKeptWithItsIdsAsUuid() {
        DataSource database = scratch();
        migrate(database, TestDatabase.postgres() ? "5" : "4"); // the last before V6 there (H2 has no V3 or V5)
        JdbcClient jdbc = JdbcClient.create(database);
        String withSession = TimeOrderedIds.next(System.currentTimeMillis());
        String session = TimeOrderedIds.next(System.currentTimeMillis());
        String withoutSession = TimeOrderedIds.next(System.currentTimeMillis());
        String otherTenantsCopy = withoutSession;
        insert(jdbc, "acme", withSession, session);
        insert(jdbc, "acme", withoutSession, null);
        insert(jdbc, "globex", otherTenantsCopy, null);

        migrate(database, "latest");

        List<Map<String, Object>> rows = jdbc.sql("select tenant_id, cast(id as varchar) as id,"
                + " cast(session_id as varchar) as session_id, path from request_log")
                .query().listOfRows();
        assertThat(rows).extracting(row -> row.get("tenant_id") + " " + row.get("id") + " " + row.get("session_id"))
                .containsExactlyInAnyOrder("acme " + withSession + " " + session, "acme " + withoutSession + " null",
                        "globex " + otherTenantsCopy + " null");
        assertThat(jdbc.sql("select count(*) from request_log where id = :id and session_id = :session")
                .param("id", LogIds.of(withSession)).param("session", LogIds.of(session)).query(Long.class).single())
                .as("found by uuid").isOne();
    }

    private static void insert(JdbcClient jdbc, String tenant, String id, String session) {
        jdbc.sql("""
                insert into request_log (tenant_id, id, at, client_pk, session_id, method, path, status, latency_micros,
                    response_bytes)
                values (:tenant, :id, current_timestamp, 1, :session, 'GET', '/api/v3/orders', 200, 1500, 512)""")
                .param("tenant", tenant).param("id", id).param("session", session, java.sql.Types.VARCHAR).update();
    }

    private static void migrate(DataSource database, String target) {
        String vendor = TestDatabase.postgres() ? "postgresql" : "h2";
        Flyway.configure().dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                // As the application runs them (application.properties): V5 builds indexes concurrently.
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .target(target).load().migrate();
    }

    private static DataSource scratch() {
        if (!TestDatabase.postgres()) {
            return new DriverManagerDataSource("jdbc:h2:mem:" + SCRATCH + System.nanoTime()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        }
        admin().sql("drop database if exists " + SCRATCH + " with (force)").update();
        admin().sql("create database " + SCRATCH).update();
        String url = TestDatabase.url().replaceFirst("/[^/?]+(\\?|$)", "/" + SCRATCH + "$1");
        return new DriverManagerDataSource(url, TestDatabase.username(), TestDatabase.password());
    }

    /** The build's PostgreSQL database, from which the scratch one is made and dropped. */
    private static JdbcClient admin() {
        return JdbcClient.create(TestDatabase.unpooled("unused"));
    }
}
