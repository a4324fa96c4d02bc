package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The account-wide audit trail: every operation reads and writes the bound tenant's entries only. */
@SpringBootTest
@ActiveProfiles("test")
class JdbcTenantAuditTests {

    @Autowired
    TenantDirectory tenants;

    @Autowired
    TenantAudit audit;

    Tenant a;
    Tenant b;

    @BeforeEach
    void twoTenants() {
        a = TestTenants.create(tenants, "audit-a");
        b = TestTenants.create(tenants, "audit-b");
    }

    @Test
    void recentWhenEntriesRecordedThenNewestFirstOfThisTenantOnly() {
        TenantContext.runAs(a, () -> {
            audit.record("admin", "first", "one");
            audit.record("admin", "second", "two");
        });
        TenantContext.runAs(b, () -> audit.record("boss", "other", "three"));

        List<TenantAudit.Entry> ofA = TenantContext.callAs(a, () -> audit.recent(10));
        List<TenantAudit.Entry> ofB = TenantContext.callAs(b, () -> audit.recent(10));

        assertThat(ofA).extracting(TenantAudit.Entry::action).containsExactly("second", "first");
        assertThat(ofB).extracting(TenantAudit.Entry::details).containsExactly("three");
        assertThat(TenantContext.callAs(a, () -> audit.recent(1))).extracting(TenantAudit.Entry::action)
                .containsExactly("second");
    }

    @Test
    void recentWhenActionsGivenThenOnlyThoseOfThisTenant() {
        TenantContext.runAs(a, () -> {
            audit.record("admin", "kept", "one");
            audit.record("admin", "skipped", "two");
            audit.record("admin", "kept", "three");
        });
        TenantContext.runAs(b, () -> audit.record("boss", "kept", "four"));

        List<TenantAudit.Entry> kept = TenantContext.callAs(a, () -> audit.recent(10, List.of("kept")));

        assertThat(kept).extracting(TenantAudit.Entry::details).containsExactly("three", "one");
        assertThat(TenantContext.callAs(a, () -> audit.recent(10, List.of()))).isEmpty();
    }
}
