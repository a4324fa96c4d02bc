package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.gatehouse.support.TestDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PostgreSQL-only request-log indexes (db/vendor/postgresql/V3, V5) and its uuid ids (V6): the subject indexes
 * keyed by the subject and the time only, partial, built concurrently, and a block range index for the retention job
 * (whose deletes RequestLogRetentionTests checks), and the Logs page's own statements on the indexes meant for them.
 * A partial index is only usable when the planner can prove the query implies its predicate, so the tests ask for
 * the plan of the statement the page runs, with its parameters, and with sequential scans switched off: a plan that
 * still scans the table means the index cannot serve the query. Skipped on H2, which keeps the B-tree indexes of V2.
 */
@SpringBootTest
@ActiveProfiles("test")
class PostgresRequestLogIndexesTests {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void postgresOnly() {
        assumeTrue(TestDatabase.postgres(), "PostgreSQL only (mvn -Ppostgres)");
    }

    @Test
    void userTokenLogsWhenQueriedByTokenThenPartialIndexServesThem() {
        String plan = plan(JdbcRequestLogs.pageQuery(LogFilter.of(LogSubject.userToken(100001)).between(DAY_AGO, NOW),
                null, 51));

        assertThat(plan).contains("request_log_user_token_idx").doesNotContain("Seq Scan");
    }

    @Test
    void clientLogsWhenFilteredByStatusClassTimeAndCursorThenClientIndexServesThem() {
        String plan = plan(JdbcRequestLogs.pageQuery(
                LogFilter.of(LogSubject.client(100001)).between(DAY_AGO, NOW).withStatusClass(4),
                new LogCursor(NOW.minusSeconds(60), "01a22a6c-bac3-7fc7-9c97-265877a8f0fb"), 51));

        assertThat(plan).contains("request_log_client_idx").doesNotContain("Seq Scan");
    }

    @Test
    void sessionLogsWhenFilteredBySessionThenSessionIndexServesThem() {
        String plan = plan(JdbcRequestLogs.pageQuery(LogFilter.of(LogSubject.client(100001)).between(DAY_AGO, NOW)
                .withSessionId("01a22a6c-bac3-7fc7-9c97-265877a8f0fb"), null, 51));

        assertThat(plan).contains("request_log_session_idx").doesNotContain("Seq Scan");
    }

    @Test
    void subjectIndexesWhenMigratedThenKeyedBySubjectAndTimeOverItsRowsOnly() {
        assertThat(definition("request_log_client_idx")).contains("(client_pk, at) WHERE (client_pk IS NOT NULL)");
        assertThat(definition("request_log_user_token_idx"))
                .contains("(user_token_id, at) WHERE (user_token_id IS NOT NULL)");
        assertThat(definition("request_log_session_idx")).contains("(session_id, at) WHERE (session_id IS NOT NULL)");
    }

    @Test
    void requestLogIndexesWhenBuiltConcurrentlyThenAllValidAndNoneLeftOver() {
        List<String> indexes = jdbc.sql("select c.relname || case when i.indisvalid then '' else ' (invalid)' end"
                + " from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " where i.indrelid = 'request_log'::regclass order by c.relname").query(String.class).list();

        assertThat(indexes).containsExactly("request_log_at_idx", "request_log_client_idx", "request_log_pkey",
                "request_log_session_idx", "request_log_user_token_idx");
    }

    @Test
    void idColumnsWhenMigratedThenUuidAndKeyStillLedByTheTenant() {
        assertThat(jdbc.sql("select column_name || ' ' || data_type from information_schema.columns"
                + " where table_name = 'request_log' and column_name in ('id', 'session_id') order by 1")
                .query(String.class).list()).containsExactly("id uuid", "session_id uuid");
        assertThat(definition("request_log_pkey")).contains("(tenant_id, id)");
    }

    @Test
    void retentionIndexWhenMigratedThenIsBlockRangeOnTime() {
        assertThat(definition("request_log_at_idx")).contains("USING brin (at)");
    }

    private String definition(String index) {
        return jdbc.sql("select indexdef from pg_indexes where indexname = :index").param("index", index)
                .query(String.class).single();
    }

    /** The plan of the Logs page's own statement, with the parameters it is run with. */
    private String plan(JdbcRequestLogs.Query query) {
        return transactions.execute(status -> {
            // Only what the index can do is asked: with few rows the planner would rightly scan the table.
            jdbc.sql("set local enable_seqscan = off").update();
            List<String> lines = jdbc.sql("explain " + query.sql()).params(query.params()).param("tenant", "acme")
                    .query(String.class).list();
            return String.join("\n", lines);
        });
    }
}
