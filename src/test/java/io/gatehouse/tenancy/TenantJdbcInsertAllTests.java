package io.gatehouse.tenancy;

import static io.gatehouse.tenancy.TestTenants.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.gatehouse.support.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TenantJdbc's bulk insert against the database the tests run on: PostgreSQL's COPY under {@code mvn -Ppostgres}
 * (the CI runs both), the batch insert on a private H2 database otherwise. Either way every row gets the bound
 * tenant and comes back as it went in, and in a transaction one refused row refuses them all.
 */
class TenantJdbcInsertAllTests {

    private static final BulkInsert ITEMS = new BulkInsert("tenant_jdbc_item", List.of("id", "name", "at", "size"));
    private static final BulkInsert CHILDREN = new BulkInsert("tenant_jdbc_child", List.of("id", "parent_id"));

    private final DataSource dataSource = dataSource();
    private final JdbcClient raw = JdbcClient.create(dataSource);
    private final TenantJdbc jdbc = new TenantJdbc(new NamedParameterJdbcTemplate(dataSource));

    private static DataSource dataSource() {
        return TestDatabase.unpooled("tenant-jdbc-insert-all");
    }

    @BeforeEach
    void emptyTable() {
        dropTable();
        raw.sql("create table tenant_jdbc_item (tenant_id varchar(63) not null, id bigint not null, "
                + "name varchar(50), at timestamp with time zone, size integer, primary key (tenant_id, id))").update();
    }

    @AfterEach
    void dropTable() {
        raw.sql("drop table if exists tenant_jdbc_item").update();
        raw.sql("drop table if exists tenant_jdbc_child").update();
        raw.sql("drop table if exists tenant_jdbc_parent").update();
    }

    @Test
    void insertAllWhenTenantBoundThenEveryRowStampedWithItAndReadBackUnchanged() {
        Instant at = Instant.parse("2026-11-29T01:02:03.123456Z");
        List<String> names = List.of("tab\there", "two\nlines", "carriage\rreturn", "back\\slash", "\\N", "",
                "Grüße – 修理", "plain", "clean start, then\ttab, back\\slash and\r\nline end\\",
                "a spanner 🔧 outside the basic plane");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(row(i + 1, names.get(i), at.plusSeconds(i), i * 10));
        }
        rows.add(row(99, "east", at.atOffset(ZoneOffset.ofHoursMinutes(5, 30)), -7));
        rows.add(row(100, null, null, null));

        TenantContext.runAs(ACME, () -> jdbc.insertAll(ITEMS, rows));

        assertThat(raw.sql("select name from tenant_jdbc_item where id < 99 order by id").query(String.class).list())
                .containsExactlyElementsOf(names);
        assertThat(raw.sql("select distinct tenant_id from tenant_jdbc_item").query(String.class).list())
                .containsExactly("acme");
        assertThat(raw.sql("select at from tenant_jdbc_item where id = 2")
                .query((rs, n) -> TenantJdbc.instant(rs, "at")).single()).isEqualTo(at.plusSeconds(1));
        assertThat(raw.sql("select size from tenant_jdbc_item where id = 8").query(Integer.class).single())
                .isEqualTo(70);
        assertThat(raw.sql("select at from tenant_jdbc_item where id = 99")
                .query((rs, n) -> TenantJdbc.instant(rs, "at")).single()).isEqualTo(at);
        assertThat(raw.sql("select size from tenant_jdbc_item where id = 99").query(Integer.class).single())
                .isEqualTo(-7);
        assertThat(raw.sql("select count(*) from tenant_jdbc_item where id = 100 and name is null and at is null "
                + "and size is null").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void insertAllWhenOneRowHasStoredKeyThenWholeBatchRefusedAndStoredRowUnchanged() {
        TenantContext.runAs(ACME, () -> jdbc.insertAll(ITEMS, List.<Object[]>of(row(2, "stored", null, 1))));

        assertThatThrownBy(() -> transaction().executeWithoutResult(status -> TenantContext.runAs(ACME,
                () -> jdbc.insertAll(ITEMS, List.<Object[]>of(row(1, "new", null, 1), row(2, "again", null, 1),
                        row(3, "new", null, 1))))))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(raw.sql("select id || ':' || name from tenant_jdbc_item").query(String.class).list())
                .containsExactly("2:stored");
    }

    @Test
    void insertAllWhenBatchOutgrowsDriverBufferThenEveryRowStoredAndConnectionUsableAfterRefusal() throws SQLException {
        SingleConnectionDataSource one = new SingleConnectionDataSource(dataSource.getConnection(), true);
        try {
            TenantJdbc sameConnection = new TenantJdbc(new NamedParameterJdbcTemplate(one));
            String name = "Grüße – 修理 ".repeat(4); // several bytes a character: the COPY text is sent as UTF-8
            List<Object[]> rows = new ArrayList<>();
            for (int id = 1; id <= 3_000; id++) { // some 200 KB of text, far more than one 64 K buffer
                rows.add(row(id, name, null, id));
            }

            TenantContext.runAs(ACME, () -> sameConnection.insertAll(ITEMS, rows));
            assertThatThrownBy(() -> TenantContext.runAs(ACME,
                    () -> sameConnection.insertAll(ITEMS, List.<Object[]>of(row(1, "again", null, 1)))))
                    .isInstanceOf(DataIntegrityViolationException.class);
            TenantContext.runAs(ACME, () -> sameConnection.insertAll(ITEMS, List.<Object[]>of(row(3_001, "after", null, 1))));

            assertThat(raw.sql("select count(*) from tenant_jdbc_item where name = :name").param("name", name)
                    .query(Integer.class).single()).isEqualTo(3_000);
            assertThat(raw.sql("select name from tenant_jdbc_item where id = 3001").query(String.class).single())
                    .isEqualTo("after");
        }
        finally {
            one.destroy();
        }
    }

    @Test
    void insertAllWhenTransactionRollsBackThenNothingStored() {
        assertThatThrownBy(() -> transaction().executeWithoutResult(status -> TenantContext.runAs(ACME, () -> {
            jdbc.insertAll(ITEMS, List.<Object[]>of(row(1, "one", null, 1)));
            throw new IllegalStateException("later in the same transaction");
        }))).isInstanceOf(IllegalStateException.class);

        assertThat(raw.sql("select count(*) from tenant_jdbc_item").query(Integer.class).single()).isZero();
    }

    @Test
    void insertAllWhenTableHasForeignKeyThenEveryRowCheckedAndConnectionKeepsItsPlanSetting() throws SQLException {
        raw.sql("create table tenant_jdbc_parent (tenant_id varchar(63) not null, id bigint not null, "
                + "primary key (tenant_id, id))").update();
        raw.sql("create table tenant_jdbc_child (tenant_id varchar(63) not null, id bigint not null, "
                + "parent_id bigint not null, primary key (tenant_id, id), "
                + "foreign key (tenant_id, parent_id) references tenant_jdbc_parent (tenant_id, id))").update();
        raw.sql("insert into tenant_jdbc_parent (tenant_id, id) values ('acme', 1), ('globex', 2)").update();
        SingleConnectionDataSource one = new SingleConnectionDataSource(dataSource.getConnection(), true);
        try {
            JdbcClient sameConnection = JdbcClient.create(one);
            boolean postgres = TestDatabase.postgres();
            if (postgres) {
                sameConnection.sql("set plan_cache_mode = force_custom_plan").update(); // as production's pool
            }
            TenantJdbc children = new TenantJdbc(new NamedParameterJdbcTemplate(one));
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(one));

            transaction.executeWithoutResult(status -> TenantContext.runAs(ACME,
                    () -> children.insertAll(CHILDREN, List.<Object[]>of(child(1, 1), child(2, 1)))));
            // Parent 2 exists, but as globex's: the key check is made for every row, with the tenant stamped.
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> TenantContext.runAs(ACME,
                    () -> children.insertAll(CHILDREN, List.<Object[]>of(child(3, 1), child(4, 2))))))
                    .isInstanceOf(DataIntegrityViolationException.class);

            assertThat(raw.sql("select id from tenant_jdbc_child order by id").query(Long.class).list())
                    .containsExactly(1L, 2L);
            if (postgres) {
                assertThat(sameConnection.sql("show plan_cache_mode").query(String.class).single())
                        .isEqualTo("force_custom_plan");
            }
        }
        finally {
            one.destroy();
        }
    }

    @Test
    void commitWithoutWaitingForDiskWhenCalledInTransactionThenRowsStoredAndOnlyThatTransactionRelaxed()
            throws SQLException {
        SingleConnectionDataSource one = new SingleConnectionDataSource(dataSource.getConnection(), true);
        try {
            JdbcClient sameConnection = JdbcClient.create(one);
            TenantJdbc items = new TenantJdbc(new NamedParameterJdbcTemplate(one));
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(one));
            List<String> during = new ArrayList<>();

            transaction.executeWithoutResult(status -> TenantContext.runAs(ACME, () -> {
                items.commitWithoutWaitingForDisk();
                if (TestDatabase.postgres()) {
                    during.add(sameConnection.sql("show synchronous_commit").query(String.class).single());
                }
                items.insertAll(ITEMS, List.<Object[]>of(row(1, "one", null, 1)));
            }));

            assertThat(raw.sql("select name from tenant_jdbc_item").query(String.class).list()).containsExactly("one");
            if (TestDatabase.postgres()) {
                assertThat(during).containsExactly("off");
                assertThat(sameConnection.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            }
        }
        finally {
            one.destroy();
        }
    }

    @Test
    void insertAllWhenRowDoesNotFitColumnsOrNoTenantBoundThenRefusedBeforeRunning() {
        Object[] stamped = {2L, "two", null, 1, "globex"}; // one value more than ITEMS has columns

        assertThatThrownBy(() -> TenantContext.runAs(ACME, () -> jdbc.insertAll(ITEMS,
                List.<Object[]>of(row(1, "one", null, 1), stamped))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A row of 5 values for the 4 columns");
        assertThatThrownBy(() -> jdbc.insertAll(ITEMS, List.<Object[]>of(row(1, "one", null, 1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No tenant bound");
        assertThat(raw.sql("select count(*) from tenant_jdbc_item").query(Integer.class).single()).isZero();
    }

    @Test
    void bulkInsertWhenColumnsNameTenantOrAreNotPlainNamesThenRefused() {
        assertThatThrownBy(() -> new BulkInsert("item", List.of("id", "tenant_id")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant column");
        assertThatThrownBy(() -> new BulkInsert("item; drop table tenant", List.of("id")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BulkInsert("item", List.of("id", "name) values (1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new BulkInsert("item", List.of("id", "name")).insertSql())
                .isEqualTo("insert into item (tenant_id, id, name) values (:tenant, :id, :name)");
    }

    private static Object[] child(long id, long parentId) {
        return new Object[] {id, parentId};
    }

    private TransactionTemplate transaction() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private static Object[] row(long id, String name, Object at, Integer size) {
        return new Object[] {id, name, at, size};
    }
}
