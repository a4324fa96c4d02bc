package io.gatehouse.tenancy;

import static io.gatehouse.tenancy.TestTenants.ACME;
import static io.gatehouse.tenancy.TestTenants.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

/** The recorder's keys: one count per tenant and id, whatever else the tenant's settings say meanwhile. */
class UsageRecorderTests {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private final List<String> written = new ArrayList<>();
    private final UsageRecorder<String> usage = new UsageRecorder<>("session",
            uses -> uses.forEach(use -> written.add(TenantContext.id() + "/" + use.id() + "=" + use.count())),
            TransactionOperations.withoutTransaction(), new UsageProperties(Duration.ofHours(1), 100));

    @Test
    void flushWhenSameIdUsedInTwoTenantsThenCountedApartEachUnderItsOwnTenant() {
        TenantContext.runAs(ACME, () -> usage.record("s1", NOW));
        TenantContext.runAs(GLOBEX, () -> usage.record("s1", NOW));
        TenantContext.runAs(ACME, () -> usage.record("s1", NOW.plusSeconds(1)));

        usage.flush();

        assertThat(written).containsExactlyInAnyOrder("acme/s1=2", "globex/s1=1");
    }

    @Test
    void flushWhenTenantSettingsChangedBetweenUsesThenOneCountForTheId() {
        Tenant renamed = new Tenant(ACME.id(), "Acme Repairs", false, Duration.ofMinutes(5), 7);
        TenantContext.runAs(ACME, () -> usage.record("s1", NOW));
        TenantContext.runAs(renamed, () -> usage.record("s1", NOW.plusSeconds(1)));
        TenantContext.runAs(ACME, () -> usage.record("s2", NOW));

        usage.flush();

        assertThat(written).containsExactlyInAnyOrder("acme/s1=2", "acme/s2=1");
    }
}
