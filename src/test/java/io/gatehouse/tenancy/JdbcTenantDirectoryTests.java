package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

/** The tenant table: every operation touches the one tenant it names and no other. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JdbcTenantDirectoryTests {

    @Autowired
    TenantDirectory tenants;

    Tenant a;
    Tenant b;

    @BeforeEach
    void twoTenants() {
        a = TestTenants.create(tenants, "dir-a");
        b = TestTenants.create(tenants, "dir-b");
    }

    @Test
    void createWhenNewIdThenFoundWithDefaultSettings() {
        assertThat(tenants.find(a.id())).hasValueSatisfying(found -> {
            assertThat(found.name()).isEqualTo("Test shop " + a.id());
            assertThat(found.apiEnabled()).isTrue();
            assertThat(found.accessTokenTtl()).isEqualTo(Duration.ofHours(1));
            assertThat(found.logRetentionDays()).isEqualTo(30);
        });
    }

    @Test
    void findWhenTwoTenantsThenEachIdFindsOnlyItsOwnTenant() {
        assertThat(tenants.find(a.id())).map(Tenant::name).hasValue("Test shop " + a.id());
        assertThat(tenants.find(b.id())).map(Tenant::name).hasValue("Test shop " + b.id());
    }

    @Test
    void findWhenIdUnknownOrMalformedThenEmpty() {
        assertThat(tenants.find("nosuch-" + a.id())).isEmpty();
        assertThat(tenants.find(a.id().toUpperCase())).isEmpty();
        assertThat(tenants.find(a.id() + "." + b.id())).isEmpty();
        assertThat(tenants.find("' or '1'='1")).isEmpty();
        assertThat(tenants.find("")).isEmpty();
        assertThat(tenants.find(null)).isEmpty();
    }

    @Test
    void createWhenIdTakenThenRefusedAndExistingTenantUnchanged() {
        TenantContext.runAs(b, () -> assertThatThrownBy(() -> tenants.create(a.id(), "Hijacked"))
                .isInstanceOf(DataIntegrityViolationException.class));

        assertThat(tenants.find(a.id())).map(Tenant::name).hasValue("Test shop " + a.id());
    }

    @Test
    void createWhenIdIsNotOneDnsLabelThenRefused() {
        assertThatThrownBy(() -> tenants.create("Bad Tenant", "Bad"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one lower-case DNS label");
        assertThatThrownBy(() -> tenants.create(a.id() + ".evil", "Bad"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void updateSettingsWhenOneTenantChangedThenChangeVisibleAtOnceAndOtherTenantUnchanged() {
        Tenant updated = TenantContext.callAs(a, () -> tenants.updateSettings(false, Duration.ofMinutes(5), 7));

        assertThat(updated.apiEnabled()).isFalse();
        assertThat(tenants.find(a.id())).hasValueSatisfying(found -> {
            assertThat(found.apiEnabled()).isFalse();
            assertThat(found.accessTokenTtl()).isEqualTo(Duration.ofMinutes(5));
            assertThat(found.logRetentionDays()).isEqualTo(7);
        });
        assertThat(tenants.find(b.id())).hasValueSatisfying(found -> {
            assertThat(found.apiEnabled()).isTrue();
            assertThat(found.accessTokenTtl()).isEqualTo(Duration.ofHours(1));
            assertThat(found.logRetentionDays()).isEqualTo(30);
        });
    }
}
