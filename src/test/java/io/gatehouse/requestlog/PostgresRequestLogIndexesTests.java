package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PostgreSQL-only request-log indexes (db/vendor/postgresql/V3): a partial index for user tokens and a block
 * range index for the retention job (whose deletes RequestLogRetentionTests checks). A partial index is only usable
 * when the planner can prove the query implies its predicate, so its test asks for the plan with sequential scans
 * switched off: a plan that still scans the table means the index cannot serve the query. Skipped on H2, which
 * keeps the B-tree indexes of V2.
 */
@SpringBootTest
@ActiveProfiles("test")
class PostgresRequestLogIndexesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Value("${spring.datasource.url}")
    String url;

    @BeforeEach
    void postgresOnly() {
        assumeTrue(url.startsWith("jdbc:postgresql:"), "PostgreSQL only (mvn -Ppostgres)");
    }

    @Test
    void userTokenLogsWhenQueriedByTokenThenPartialIndexServesThem() {
        String plan = plan("""
                select * from request_log where tenant_id = 'acme' and user_token_id = 100001
                    and at >= now() - interval '1 day' order by at desc, id desc limit 51""");

        assertThat(plan).contains("request_log_user_token_idx").doesNotContain("Seq Scan");
    }

    @Test
    void userTokenIndexWhenMigratedThenCoversUserTokenRowsOnly() {
        assertThat(definition("request_log_user_token_idx")).contains("WHERE (user_token_id IS NOT NULL)");
    }

    @Test
    void retentionIndexWhenMigratedThenIsBlockRangeOnTime() {
        assertThat(definition("request_log_at_idx")).contains("USING brin (at)");
    }

    private String definition(String index) {
        return jdbc.sql("select indexdef from pg_indexes where indexname = :index").param("index", index)
                .query(String.class).single();
    }

    private String plan(String query) {
        return transactions.execute(status -> {
            // Only what the index can do is asked: with few rows the planner would rightly scan the table.
            jdbc.sql("set local enable_seqscan = off").update();
            List<String> lines = jdbc.sql("explain " + query).query(String.class).list();
            return String.join("\n", lines);
        });
    }
}
