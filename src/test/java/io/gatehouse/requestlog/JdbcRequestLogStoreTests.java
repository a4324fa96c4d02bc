package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.gatehouse.support.TestDatabase;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The store works within the bound tenant only: acme and globex hold an entry with the same request id, and
 * nothing acme's store does (insert, insert again, purge) reads or changes globex's row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JdbcRequestLogStoreTests {

    private static final Instant LONG_AGO = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    RequestLogStore store;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    JdbcClient jdbc;

    private LogRows rows;
    private Tenant acme;
    private Tenant globex;
    private final String sharedId = UUID.randomUUID().toString();

    @BeforeEach
    void sameRequestIdInBothTenants() {
        rows = new LogRows(jdbc);
        acme = tenants.find("acme").orElseThrow();
        globex = tenants.find("globex").orElseThrow();
        TenantContext.runAs(globex, () -> store.insert(List.of(
                Entries.entry("globex", sharedId, LONG_AGO, "/api/v3/globex-path"))));
    }

    @Test
    void insertWhenSameIdInOtherTenantThenBothRowsKeptEachWithItsOwnContent() {
        TenantContext.runAs(acme, () -> store.insert(List.of(
                Entries.entry("acme", sharedId, LONG_AGO, "/api/v3/acme-path"))));

        assertThat(rows.row("acme", sharedId)).containsEntry("path", "/api/v3/acme-path");
        assertThat(rows.row("globex", sharedId)).containsEntry("path", "/api/v3/globex-path");
    }

    @Test
    void insertFreshWhenSameIdInOtherTenantThenStoredUnderTheBoundTenantOnly() {
        String id = UUID.randomUUID().toString();

        TenantContext.runAs(acme, () -> store.insertFresh(List.of(
                Entries.entry("acme", sharedId, LONG_AGO, "/api/v3/acme-path"),
                Entries.entry("acme", id, LONG_AGO, "/api/v3/acme-other"))));

        assertThat(rows.row("acme", sharedId)).containsEntry("path", "/api/v3/acme-path");
        assertThat(rows.row("acme", id)).containsEntry("path", "/api/v3/acme-other");
        assertThat(rows.row("globex", sharedId)).containsEntry("path", "/api/v3/globex-path");
        assertThat(rows.count("globex", List.of(id))).isZero();
    }

    @Test
    void insertFreshWhenIdAlreadyStoredThenWholeBatchRefusedAndStoredRowUnchanged() {
        String other = UUID.randomUUID().toString();
        TenantContext.runAs(acme, () -> store.insertFresh(List.of(
                Entries.entry("acme", sharedId, LONG_AGO, "/api/v3/first"))));

        assertThatThrownBy(() -> TenantContext.runAs(acme, () -> store.insertFresh(List.of(
                Entries.entry("acme", other, LONG_AGO, "/api/v3/other"),
                Entries.entry("acme", sharedId, LONG_AGO, "/api/v3/second")))))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(rows.count("acme", List.of(other))).as("nothing of the refused batch is kept").isZero();
        assertThat(rows.row("acme", sharedId)).containsEntry("path", "/api/v3/first");
    }

    @Test
    void insertWhenIdAlreadyStoredThenSkippedAndFirstRowUnchanged() {
        TenantContext.runAs(acme, () -> store.insert(List.of(
                Entries.entry("acme", sharedId, LONG_AGO, "/api/v3/first"))));

        TenantContext.runAs(acme, () -> store.insert(List.of(
                Entries.entry("acme", sharedId, LONG_AGO, "/api/v3/second"),
                Entries.entry("acme", sharedId, LONG_AGO, "/api/v3/third"))));

        assertThat(rows.count("acme", List.of(sharedId))).isEqualTo(1);
        assertThat(rows.row("acme", sharedId)).containsEntry("path", "/api/v3/first");
        assertThat(rows.row("globex", sharedId)).containsEntry("path", "/api/v3/globex-path");
    }

    @Test
    void insertWhenEntryNamesAnotherTenantThenStoredUnderTheBoundTenant() {
        String id = UUID.randomUUID().toString();

        TenantContext.runAs(acme, () -> store.insert(List.of(Entries.entry("globex", id, LONG_AGO, "/x"))));

        assertThat(rows.count("acme", List.of(id))).isEqualTo(1);
        assertThat(rows.count("globex", List.of(id))).isZero();
    }

    @Test
    void purgeBeforeWhenOtherTenantHasOlderRowsThenOnlyOwnRowsDeleted() {
        TenantContext.runAs(acme, () -> store.insert(List.of(
                Entries.entry("acme", sharedId, LONG_AGO, "/api/v3/acme-path"))));

        int deleted;
        do {
            deleted = TenantContext.callAs(acme, () -> store.purgeBefore(LONG_AGO.plusSeconds(1), 1000));
        }
        while (deleted == 1000);

        assertThat(rows.count("acme", List.of(sharedId))).isZero();
        assertThat(rows.row("globex", sharedId)).containsEntry("path", "/api/v3/globex-path");
    }

    @Test
    void insertFreshWhenOnPostgresThenCopiedOnTheWritersOwnConnectionNotThePools() {
        assumeTrue(TestDatabase.postgres(),
                "the writer's own connection is PostgreSQL's");

        TenantContext.runAs(acme, () -> store.insertFresh(List.of(
                Entries.entry("acme", UUID.randomUUID().toString(), LONG_AGO, "/api/v3/own"))));

        // Decisions §45: the requests never wait for a pool connection the writer holds.
        assertThat(jdbc.sql("select count(*) from pg_stat_activity where application_name = :name")
                .param("name", JdbcRequestLogStore.WRITER_CONNECTION_NAME).query(Integer.class).single())
                .isPositive();
    }
}
