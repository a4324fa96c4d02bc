package io.gatehouse.tenancy;

import static io.gatehouse.tenancy.TestTenants.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.gatehouse.support.TestDatabase;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same contract on both databases: on H2 (the embedded default) a transaction of the pool per call, on
 * PostgreSQL (under {@code mvn -Ppostgres}) the COPY connection beside the pool.
 */
class CommittedInsertsFactoryTests {

    private static final BulkInsert ROWS = new BulkInsert("committed_inserts_row", List.of("id", "label"));

    private HikariDataSource pool;
    private JdbcClient raw;
    private CommittedInserts inserts;

    @BeforeEach
    void factoryAsInTheApplication() {
        pool = TestPools.pool("committed-inserts");
        raw = JdbcClient.create(pool);
        raw.sql("drop table if exists committed_inserts_row").update();
        raw.sql("create table committed_inserts_row (tenant_id varchar(63) not null, id bigint not null, "
                + "label varchar(10), primary key (tenant_id, id))").update();
        inserts = TestPools.writers(pool).open("committed-inserts-tests");
    }

    @AfterEach
    void closeAll() {
        inserts.close();
        raw.sql("drop table if exists committed_inserts_row").update();
        pool.close();
    }

    @Test
    void openWhenDatabaseIsPostgresThenCopyConnectionElsePooledTransactions() {
        assertThat(inserts instanceof CopyConnection).isEqualTo(TestDatabase.postgres());
    }

    @Test
    void insertAllWhenRowsThenCommittedWithTheCurrentTenant() {
        TenantContext.runAs(ACME, () -> inserts.insertAll(ROWS, List.<Object[]>of(row(1, "a"), row(2, "b"))));

        // Read on another connection of the pool: committed.
        assertThat(raw.sql("select tenant_id || ':' || id || ':' || label from committed_inserts_row order by id")
                .query(String.class).list()).containsExactly("acme:1:a", "acme:2:b");
    }

    @Test
    void insertAllWhenOneRowRefusedThenNoneStored() {
        TenantContext.runAs(ACME, () -> inserts.insertAll(ROWS, List.<Object[]>of(row(1, "a"))));

        assertThatThrownBy(() -> TenantContext.runAs(ACME,
                () -> inserts.insertAll(ROWS, List.<Object[]>of(row(2, "b"), row(1, "again")))))
                .isInstanceOf(DataIntegrityViolationException.class);
        TenantContext.runAs(ACME, () -> inserts.insertAll(ROWS, List.<Object[]>of(row(3, "c"))));

        assertThat(raw.sql("select id from committed_inserts_row order by id").query(Long.class).list())
                .containsExactly(1L, 3L);
    }

    private static Object[] row(long id, String label) {
        return new Object[] {id, label};
    }
}
