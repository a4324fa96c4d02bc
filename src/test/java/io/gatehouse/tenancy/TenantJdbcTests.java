package io.gatehouse.tenancy;

import static io.gatehouse.tenancy.TestTenants.ACME;
import static io.gatehouse.tenancy.TestTenants.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** TenantJdbc on its own, over a private in-memory database: it stamps and filters the bound tenant, or refuses. */
class TenantJdbcTests {


    private final DataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:tenant-jdbc-unit;DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient raw = JdbcClient.create(dataSource);
    private final TenantJdbc jdbc = new TenantJdbc(new NamedParameterJdbcTemplate(dataSource));

    @BeforeEach
    void twoTenantsWithTheSameIds() {
        raw.sql("drop table if exists item").update();
        raw.sql("create table item (tenant_id varchar(63) not null, id bigint not null, name varchar(50), "
                + "primary key (tenant_id, id))").update();
        raw.sql("insert into item values ('acme', 1, 'acme one'), ('globex', 1, 'globex one')").update();
    }

    @Test
    void sqlWhenStatementDoesNotUseTenantParameterThenRefusedBeforeRunning() {
        assertThatThrownBy(() -> TenantContext.runAs(ACME, () -> jdbc.sql("delete from item where id = :id")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":tenant");
        assertThat(allNames()).containsExactlyInAnyOrder("acme one", "globex one");
    }

    @Test
    void sqlWhenNoTenantIsBoundThenRefusedBeforeRunning() {
        assertThatThrownBy(() -> jdbc.sql("delete from item where tenant_id = :tenant"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No tenant bound");
        assertThat(TenantContext.current()).isEmpty();
        assertThat(allNames()).containsExactlyInAnyOrder("acme one", "globex one");
    }

    @Test
    void sqlWhenCallerTriesToBindAnotherTenantThenRefusedBeforeRunning() {
        TenantContext.runAs(ACME, () -> {
            assertThatThrownBy(() -> jdbc.sql("delete from item where tenant_id = :tenant").param("tenant", "globex"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("current tenant only");
            assertThatThrownBy(() -> jdbc.sql("delete from item where tenant_id = :tenant")
                    .params(java.util.Map.of("tenant", "globex")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> jdbc.sql("delete from item where tenant_id = :tenant")
                    .paramSource(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("tenant", "globex")))
                    .isInstanceOf(IllegalArgumentException.class);
        });
        assertThat(allNames()).containsExactlyInAnyOrder("acme one", "globex one");
    }

    @Test
    void sqlWhenTenantBoundThenChainedParametersStillGuarded() {
        TenantContext.runAs(ACME, () -> assertThatThrownBy(() -> jdbc.sql("delete from item where tenant_id = :tenant and id = :id")
                .param("id", 1).param("tenant", "globex"))
                .isInstanceOf(IllegalArgumentException.class));
        assertThat(allNames()).containsExactlyInAnyOrder("acme one", "globex one");
    }

    @Test
    void sqlWhenTenantNamedWithSqlTypeOrInBeanSourceOrAfterSettingsThenRefusedBeforeRunning() {
        record Forged(String tenant) {
        }
        TenantContext.runAs(ACME, () -> {
            assertThatThrownBy(() -> jdbc.sql("delete from item where tenant_id = :tenant")
                    .param("tenant", "globex", java.sql.Types.VARCHAR))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("current tenant only");
            assertThatThrownBy(() -> jdbc.sql("delete from item where tenant_id = :tenant")
                    .paramSource(new Forged("globex")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("current tenant only");
            assertThatThrownBy(() -> jdbc.sql("delete from item where tenant_id = :tenant")
                    .withQueryTimeout(5).withFetchSize(10).param("tenant", "globex"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("current tenant only");
        });
        assertThat(allNames()).containsExactlyInAnyOrder("acme one", "globex one");
    }

    @Test
    void sqlWhenParametersBoundEveryWayButTenantThenRunsForBoundTenantOnly() {
        int deleted = TenantContext.callAs(ACME, () -> jdbc.sql(
                "delete from item where tenant_id = :tenant and id = :id and name = :name")
                .withQueryTimeout(5)
                .params(java.util.Map.of("id", 1))
                .param("name", "acme one", java.sql.Types.VARCHAR)
                .update());

        assertThat(deleted).isEqualTo(1);
        assertThat(allNames()).containsExactly("globex one");
    }

    @Test
    void sqlWhenTenantBoundThenReadsOnlyThatTenantsRowWithTheSharedId() {
        String name = TenantContext.callAs(GLOBEX, () -> jdbc.sql("select name from item where tenant_id = :tenant and id = 1")
                .query(String.class).single());

        assertThat(name).isEqualTo("globex one");
    }

    @Test
    void sqlWhenTenantBoundThenWritesAreStampedWithThatTenantOnly() {
        TenantContext.runAs(ACME, () -> {
            jdbc.sql("insert into item (tenant_id, id, name) values (:tenant, 2, 'acme two')").update();
            jdbc.sql("update item set name = 'renamed' where tenant_id = :tenant and id = 1").update();
        });

        assertThat(raw.sql("select tenant_id || ':' || id || ':' || name from item order by tenant_id, id")
                .query(String.class).list())
                .containsExactly("acme:1:renamed", "acme:2:acme two", "globex:1:globex one");
    }

    @Test
    void callAsWhenWorkEndsThenPreviousTenantIsRestored() {
        String inner = TenantContext.callAs(ACME, () -> TenantContext.callAs(GLOBEX, () -> TenantContext.id())
                + "/" + TenantContext.id());

        assertThat(inner).isEqualTo("globex/acme");
        assertThat(TenantContext.current()).isEmpty();
    }

    private List<String> allNames() {
        return raw.sql("select name from item").query(String.class).list();
    }
}
