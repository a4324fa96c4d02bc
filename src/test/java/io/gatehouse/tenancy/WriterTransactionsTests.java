package io.gatehouse.tenancy;

import static io.gatehouse.tenancy.TestTenants.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import io.gatehouse.support.TestDatabase;
import io.gatehouse.tenancy.WriterTransactions.Commits;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same contract on both databases: on H2 (the embedded default) the pool's transactions, on PostgreSQL (under
 * {@code mvn -Ppostgres}) a connection of the writer's own beside the pool, which the writer has even while every
 * connection of the pool is taken.
 */
class WriterTransactionsTests {

    private static final String NAME = "writer-transactions-tests";

    private HikariDataSource pool;
    private JdbcClient raw;
    private WriterTransactions writes;

    @BeforeEach
    void factoryAsInTheApplication() {
        pool = TestPools.pool("writer-transactions");
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        raw = JdbcClient.create(pool);
        raw.sql("drop table if exists writer_transactions_row").update();
        raw.sql("create table writer_transactions_row (tenant_id varchar(63) not null, id bigint not null, "
                + "label varchar(10), primary key (tenant_id, id))").update();
        writes = TestPools.writers(pool).transactions(NAME, Commits.WITHOUT_WAITING_FOR_DISK);
    }

    @AfterEach
    void closeAll() {
        writes.close();
        raw.sql("drop table if exists writer_transactions_row").update();
        pool.close();
    }

    @Test
    void transactionsWhenDatabaseIsPostgresThenOwnConnectionElsePoolTransactions() {
        assertThat(((JdbcWriterTransactions) writes).ownConnection().isPresent()).isEqualTo(TestDatabase.postgres());
    }

    @Test
    void inTransactionWhenWorkReturnsThenEveryStatementCommittedWithTheCurrentTenant() {
        TenantContext.runAs(ACME, () -> writes.inTransaction(() -> {
            writes.jdbc().insertAll(new BulkInsert("writer_transactions_row", List.of("id", "label")),
                    List.<Object[]>of(new Object[] {1L, "a"}));
            writes.jdbc().sql("insert into writer_transactions_row (tenant_id, id, label) values (:tenant, 2, 'b')")
                    .update();
        }));

        // Read on a connection of the pool: committed.
        assertThat(raw.sql("select tenant_id || ':' || id || ':' || label from writer_transactions_row order by id")
                .query(String.class).list()).containsExactly("acme:1:a", "acme:2:b");
    }

    @Test
    void inTransactionWhenWorkThrowsThenNothingStoredAndTheFailureRethrown() {
        IllegalStateException failure = new IllegalStateException("counted nothing");

        assertThatThrownBy(() -> TenantContext.runAs(ACME, () -> writes.inTransaction(() -> {
            writes.jdbc().sql("insert into writer_transactions_row (tenant_id, id, label) values (:tenant, 1, 'a')")
                    .update();
            throw failure;
        }))).isSameAs(failure);

        assertThat(raw.sql("select count(*) from writer_transactions_row").query(Integer.class).single()).isZero();
    }

    @Test
    void inTransactionWhenEveryPoolConnectionTakenThenCommitsOnItsOwnConnectionShownUnderItsName() throws Exception {
        assumeTrue(TestDatabase.postgres(), "the writer's own connection is PostgreSQL's");
        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            TenantContext.runAs(ACME, () -> writes.inTransaction(() -> writes.jdbc()
                    .sql("insert into writer_transactions_row (tenant_id, id, label) values (:tenant, 1, "
                            + "(select left(application_name, 10) from pg_stat_activity where pid = pg_backend_pid()))")
                    .update()));
        }

        assertThat(raw.sql("select label from writer_transactions_row").query(String.class).single())
                .isEqualTo(NAME.substring(0, 10));
    }

    @Test
    void transactionsWhenOwnConnectionThenPoolDriverPropertiesKeptAndUnchanged() throws Exception {
        assumeTrue(TestDatabase.postgres(), "the writer's own connection is PostgreSQL's");
        HikariDataSource own = ((JdbcWriterTransactions) writes).ownConnection().orElseThrow();

        assertThat(own.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true")
                .containsEntry("ApplicationName", NAME);
        assertThat(own.getMaximumPoolSize()).isEqualTo(1);
        assertThat(own.getJdbcUrl()).isEqualTo(pool.getJdbcUrl());
        assertThat(Map.copyOf(pool.getDataSourceProperties())).doesNotContainKey("ApplicationName");
    }

    @Test
    void inTransactionWhenCommitsWithoutWaitingForDiskThenOnlyTheWritersCommitsRelaxed() {
        assumeTrue(TestDatabase.postgres(), "H2 has no such setting");

        assertThat(synchronousCommit(writes)).isEqualTo("off");
        assertThat(raw.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void inTransactionWhenDurableThenCommitsWaitForTheDisk() {
        assumeTrue(TestDatabase.postgres(), "H2 has no such setting");
        try (WriterTransactions durable = TestPools.writers(pool).transactions(NAME + "-durable", Commits.DURABLE)) {
            assertThat(synchronousCommit(durable)).isEqualTo("on");
        }
    }

    @Test
    void inTransactionWhenPoolHasInitialStatementThenOwnConnectionRunsItAndStillRelaxesCommits() {
        assumeTrue(TestDatabase.postgres(), "the writer's own connection is PostgreSQL's");
        try (HikariDataSource initialised = TestPools.pool("writer-transactions-init")) {
            initialised.setConnectionInitSql("set statement_timeout to '7s'");
            try (WriterTransactions relaxed = TestPools.writers(initialised).transactions(NAME + "-init",
                    Commits.WITHOUT_WAITING_FOR_DISK)) {
                assertThat(synchronousCommit(relaxed)).isEqualTo("off");
                assertThat(setting(relaxed, "statement_timeout")).isEqualTo("7s");
            }
        }
    }

    @Test
    void inTransactionWhenOnThePoolThenEachTransactionRelaxedAndThePoolsConnectionsLeftDurable() throws Exception {
        assumeTrue(TestDatabase.postgres(), "H2 has no such setting");
        WriterTransactions onPool = JdbcWriterTransactions.onPool(new TenantJdbc(new NamedParameterJdbcTemplate(pool)),
                new TransactionTemplate(new JdbcTransactionManager(pool)), Commits.WITHOUT_WAITING_FOR_DISK);

        assertThat(synchronousCommit(onPool)).isEqualTo("off");
        // Both of the pool's connections, after the transaction: "set local" ended with it.
        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            for (Connection connection : List.of(first, second)) {
                try (ResultSet result = connection.createStatement().executeQuery("show synchronous_commit")) {
                    result.next();
                    assertThat(result.getString(1)).isEqualTo("on");
                }
            }
        }
    }

    private static String synchronousCommit(WriterTransactions transactions) {
        return setting(transactions, "synchronous_commit");
    }

    /** The setting as a statement inside one of the writer's transactions sees it. */
    private static String setting(WriterTransactions transactions, String name) {
        String[] seen = new String[1];
        TenantContext.runAs(ACME, () -> transactions.inTransaction(
                () -> seen[0] = transactions.jdbc().sql("select current_setting(:name) || left(:tenant, 0)")
                        .param("name", name).query(String.class).single()));
        return seen[0];
    }
}
