package io.gatehouse.tenancy;

import static io.gatehouse.tenancy.TestTenants.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import io.gatehouse.support.TestDatabase;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The writer's own COPY connection beside the pool: PostgreSQL only (under {@code mvn -Ppostgres}, which the CI
 * runs); on H2 there is none, and the callers keep inserting in a pooled transaction.
 */
class CopyConnectionTests {

    private static final BulkInsert CHILDREN = new BulkInsert("copy_connection_child", List.of("id", "parent_id"));

    private HikariDataSource pool;
    private CopyConnection copies;
    private JdbcClient raw;

    @BeforeEach
    void poolAsInProduction() {
        pool = TestPools.pool("copy-connection");
        if (TestDatabase.postgres()) {
            // Unstarted until the first connection, so the pool still takes production's settings.
            pool.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
            pool.setConnectionInitSql("set statement_timeout = '12s'");
        }
        raw = JdbcClient.create(pool);
        dropTables();
        raw.sql("create table copy_connection_parent (tenant_id varchar(63) not null, id bigint not null, "
                + "primary key (tenant_id, id))").update();
        raw.sql("create table copy_connection_child (tenant_id varchar(63) not null, id bigint not null, "
                + "parent_id bigint not null, primary key (tenant_id, id), "
                + "foreign key (tenant_id, parent_id) references copy_connection_parent (tenant_id, id))").update();
        raw.sql("insert into copy_connection_parent (tenant_id, id) values ('acme', 1), ('globex', 2)").update();
        copies = CopyConnection.besidePool(pool, "copy-connection-tests").orElse(null);
    }

    @AfterEach
    void closeCopies() {
        if (copies != null) {
            copies.close();
        }
        dropTables();
        pool.close();
    }

    private void dropTables() {
        raw.sql("drop table if exists copy_connection_child").update();
        raw.sql("drop table if exists copy_connection_parent").update();
    }

    @Test
    void besidePoolWhenNotPostgresThenNone() {
        assumeTrue(!TestDatabase.postgres());

        assertThat(copies).isNull();
    }

    @Test
    void insertAllWhenRowsThenCommittedAtOnceWithTenantStampedAndKeysChecked() {
        assumeTrue(copies != null);

        TenantContext.runAs(ACME, () -> copies.insertAll(CHILDREN, List.<Object[]>of(child(1, 1), child(2, 1))));

        // Read on a pooled connection: committed, with no transaction left to end.
        assertThat(raw.sql("select tenant_id || ':' || id from copy_connection_child order by id")
                .query(String.class).list()).containsExactly("acme:1", "acme:2");
        // Parent 2 exists, but as globex's: every row is key-checked with the tenant stamped, and none is stored.
        assertThatThrownBy(() -> TenantContext.runAs(ACME,
                () -> copies.insertAll(CHILDREN, List.<Object[]>of(child(3, 1), child(4, 2)))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(raw.sql("select count(*) from copy_connection_child").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void insertAllWhenBatchRefusedThenNextBatchStoredOnTheSameConnection() throws SQLException {
        assumeTrue(copies != null);
        TenantContext.runAs(ACME, () -> copies.insertAll(CHILDREN, List.<Object[]>of(child(1, 1))));
        int backend = backend();

        assertThatThrownBy(() -> TenantContext.runAs(ACME,
                () -> copies.insertAll(CHILDREN, List.<Object[]>of(child(2, 1), child(1, 1)))))
                .isInstanceOf(DataIntegrityViolationException.class);
        TenantContext.runAs(ACME, () -> copies.insertAll(CHILDREN, List.<Object[]>of(child(3, 1))));

        assertThat(storedIds()).containsExactly(1L, 3L);
        assertThat(backend()).isEqualTo(backend);
    }

    @Test
    void insertAllWhenConnectionLostWhileIdleThenCheckedAndStoredOnANewOne() throws SQLException {
        assumeTrue(copies != null);
        try (CopyConnection checkedEveryTime = besidePool(Duration.ZERO)) {
            TenantContext.runAs(ACME, () -> checkedEveryTime.insertAll(CHILDREN, List.<Object[]>of(child(1, 1))));
            int backend = backend(checkedEveryTime);

            terminate(backend);
            TenantContext.runAs(ACME, () -> checkedEveryTime.insertAll(CHILDREN, List.<Object[]>of(child(2, 1))));

            assertThat(storedIds()).containsExactly(1L, 2L);
            assertThat(backend(checkedEveryTime)).isNotEqualTo(backend);
        }
    }

    /**
     * Lost while the COPY ran, the rows may or may not be committed: no second COPY, which would store them twice
     * or be refused as duplicates of rows already stored. The next batch goes on a new connection.
     */
    @Test
    void insertAllWhenConnectionFailsDuringCopyThenFailsOnceAndNextBatchOnANewConnection() throws SQLException {
        assumeTrue(copies != null);
        try (CopyConnection neverChecked = besidePool(Duration.ofHours(1))) {
            TenantContext.runAs(ACME, () -> neverChecked.insertAll(CHILDREN, List.<Object[]>of(child(1, 1))));
            int backend = backend(neverChecked);

            terminate(backend);
            assertThatThrownBy(() -> TenantContext.runAs(ACME,
                    () -> neverChecked.insertAll(CHILDREN, List.<Object[]>of(child(2, 1)))))
                    .isInstanceOf(DataAccessException.class)
                    .isNotInstanceOf(DataIntegrityViolationException.class);
            TenantContext.runAs(ACME, () -> neverChecked.insertAll(CHILDREN, List.<Object[]>of(child(3, 1))));

            assertThat(storedIds()).containsExactly(1L, 3L);
            assertThat(backend(neverChecked)).isNotEqualTo(backend);
        }
    }

    @Test
    void copyConnectionWhenPoolForcesCustomPlansThenKeyChecksMayKeepPlansAndPoolSettingsOtherwiseKept() throws SQLException {
        assumeTrue(copies != null);

        assertThat(setting(copies.connection(), "plan_cache_mode")).isEqualTo("auto");
        assertThat(setting(copies.connection(), "application_name")).isEqualTo("copy-connection-tests");
        assertThat(setting(copies.connection(), "statement_timeout")).as("the pool's init SQL").isEqualTo("12s");
        assertThat(copies.connection().getAutoCommit()).isTrue();
        try (Connection pooled = pool.getConnection()) {
            assertThat(setting(pooled, "plan_cache_mode")).isEqualTo("force_custom_plan");
        }
    }

    @Test
    void insertAllWhenRowDoesNotFitColumnsThenRefusedBeforeRunning() {
        assumeTrue(copies != null);
        Object[] forged = {1L, 1L, "globex"}; // a third value, as if for a tenant column

        assertThatThrownBy(() -> TenantContext.runAs(ACME, () -> copies.insertAll(CHILDREN, List.<Object[]>of(forged))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(raw.sql("select count(*) from copy_connection_child").query(Integer.class).single()).isZero();
    }

    private List<Long> storedIds() {
        return raw.sql("select id from copy_connection_child order by id").query(Long.class).list();
    }

    private int backend() throws SQLException {
        return backend(copies);
    }

    private static int backend(CopyConnection copies) throws SQLException {
        return Integer.parseInt(single(copies.connection(), "select pg_backend_pid()"));
    }

    private CopyConnection besidePool(Duration checkAfterIdle) {
        return CopyConnection.besidePool(pool, "copy-connection-tests", checkAfterIdle).orElseThrow();
    }

    private void terminate(int backend) {
        raw.sql("select pg_terminate_backend(:pid)").param("pid", backend).query(Boolean.class).single();
    }

    private static String setting(Connection connection, String name) throws SQLException {
        return single(connection, "show " + name);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static Object[] child(long id, long parentId) {
        return new Object[] {id, parentId};
    }
}
