package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TestTenants;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The retention job deletes each tenant's entries older than that tenant's setting, and nothing else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestLogRetentionTests {

    private static final Instant NOW = Instant.now();

    @Autowired
    RequestLogRetention retention;
    @Autowired
    RequestLogStore store;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    RequestLogProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void purgeWhenAcmeEntriesOlderThanItsRetentionThenDeletedRecentKeptAndGlobexUntouched() {
        Tenant acme = tenants.find("acme").orElseThrow();
        int days = acme.logRetentionDays();
        List<RequestLogEntry> acmeOld = List.of(entry("acme", days + 1), entry("acme", days * 2 + 30));
        List<RequestLogEntry> acmeRecent = List.of(entry("acme", days - 1), entry("acme", 0));
        List<RequestLogEntry> globexOld = List.of(entry("globex", days + 1), entry("globex", days * 2 + 30));
        insert(acme, acmeOld);
        insert(acme, acmeRecent);
        insert(tenants.find("globex").orElseThrow(), globexOld);

        long deleted = retention.purge(acme);

        LogRows rows = new LogRows(jdbc);
        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(rows.count("acme", ids(acmeOld))).isZero();
        assertThat(rows.ids("acme", ids(acmeRecent))).containsExactlyInAnyOrderElementsOf(ids(acmeRecent));
        assertThat(rows.ids("globex", ids(globexOld))).containsExactlyInAnyOrderElementsOf(ids(globexOld));
    }

    @Test
    void purgeExpiredWhenTenantsKeepLogsForDifferentDaysThenEachKeepsItsOwnWindow() {
        Tenant week = withRetention(TestTenants.create(tenants, "keep-7"), 7);
        Tenant quarter = withRetention(TestTenants.create(tenants, "keep-90"), 90);
        List<RequestLogEntry> weekOld = List.of(entry(week.id(), 10), entry(week.id(), 100));
        List<RequestLogEntry> weekRecent = List.of(entry(week.id(), 6));
        List<RequestLogEntry> quarterKept = List.of(entry(quarter.id(), 10), entry(quarter.id(), 89));
        List<RequestLogEntry> quarterOld = List.of(entry(quarter.id(), 100));
        insert(week, weekOld);
        insert(week, weekRecent);
        insert(quarter, quarterKept);
        insert(quarter, quarterOld);

        retention.purgeExpired();

        LogRows rows = new LogRows(jdbc);
        assertThat(rows.count(week.id(), ids(weekOld))).isZero();
        assertThat(rows.ids(week.id(), ids(weekRecent))).containsExactlyElementsOf(ids(weekRecent));
        assertThat(rows.ids(quarter.id(), ids(quarterKept))).containsExactlyInAnyOrderElementsOf(ids(quarterKept));
        assertThat(rows.count(quarter.id(), ids(quarterOld))).isZero();
    }

    @Test
    void purgeWhenMoreExpiredEntriesThanOneChunkThenAllDeletedChunkByChunk() {
        Tenant tenant = withRetention(TestTenants.create(tenants, "chunks"), 7);
        List<RequestLogEntry> old = List.of(entry(tenant.id(), 8), entry(tenant.id(), 9), entry(tenant.id(), 10),
                entry(tenant.id(), 11), entry(tenant.id(), 12));
        List<RequestLogEntry> recent = List.of(entry(tenant.id(), 1));
        insert(tenant, old);
        insert(tenant, recent);
        RequestLogRetention smallChunks = new RequestLogRetention(store, tenants, new RequestLogProperties(
                properties.queueCapacity(), properties.batchSize(), properties.linger(), properties.spoolDir(),
                properties.retryMax(), properties.drainTimeout(), false, properties.retentionInterval(), 2), clock);

        long deleted = smallChunks.purge(tenant);

        LogRows rows = new LogRows(jdbc);
        assertThat(deleted).isEqualTo(5);
        assertThat(rows.count(tenant.id(), ids(old))).isZero();
        assertThat(rows.ids(tenant.id(), ids(recent))).containsExactlyElementsOf(ids(recent));
    }

    private Tenant withRetention(Tenant tenant, int days) {
        return TenantContext.callAs(tenant,
                () -> tenants.updateSettings(tenant.apiEnabled(), tenant.accessTokenTtl(), days));
    }

    /** Whole days from the cutoff either way, so the test never races it. */
    private static RequestLogEntry entry(String tenant, int daysAgo) {
        return Entries.entry(tenant, NOW.minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.MILLIS));
    }

    private void insert(Tenant tenant, List<RequestLogEntry> entries) {
        TenantContext.runAs(tenant, () -> store.insert(entries));
    }

    private static List<String> ids(List<RequestLogEntry> entries) {
        return entries.stream().map(RequestLogEntry::id).toList();
    }
}
