package io.gatehouse.tenancy;

import static io.gatehouse.tenancy.TestTenants.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** TenantJdbc's batches, over a private in-memory database: every row gets the bound tenant, and only it. */
class TenantJdbcBatchTests {

    private static final String INSERT = "insert into item (tenant_id, id, name) values (:tenant, :id, :name)";

    private final DataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:tenant-jdbc-batch;DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient raw = JdbcClient.create(dataSource);
    private final TenantJdbc jdbc = new TenantJdbc(new NamedParameterJdbcTemplate(dataSource));

    @BeforeEach
    void emptyTable() {
        raw.sql("drop table if exists item").update();
        raw.sql("create table item (tenant_id varchar(63) not null, id bigint not null, name varchar(50), "
                + "primary key (tenant_id, id))").update();
    }

    @Test
    void batchWhenTenantBoundThenEveryRowStampedWithIt() {
        int[] counts = TenantContext.callAs(ACME, () -> jdbc.batch(INSERT,
                List.of(Map.of("id", 1, "name", "one"), Map.of("id", 2, "name", "two"))));

        assertThat(counts).containsExactly(1, 1);
        assertThat(raw.sql("select tenant_id || ':' || name from item order by id").query(String.class).list())
                .containsExactly("acme:one", "acme:two");
    }

    @Test
    void batchWhenRowCarriesTenantThenRefusedBeforeRunning() {
        assertThatThrownBy(() -> TenantContext.runAs(ACME, () -> jdbc.batch(INSERT,
                List.of(Map.of("id", 1, "name", "one"), Map.of("id", 2, "name", "two", "tenant", "globex")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("current tenant only");
        assertThat(count()).isZero();
    }

    @Test
    void batchWhenStatementLacksTenantOrNoTenantBoundThenRefused() {
        assertThatThrownBy(() -> TenantContext.runAs(ACME, () -> jdbc.batch(
                "insert into item (tenant_id, id, name) values ('globex', :id, :name)",
                List.of(Map.of("id", 1, "name", "one"))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jdbc.batch(INSERT, List.of(Map.of("id", 1, "name", "one"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No tenant bound");
        assertThat(count()).isZero();
    }

    private int count() {
        return raw.sql("select count(*) from item").query(Integer.class).single();
    }
}
