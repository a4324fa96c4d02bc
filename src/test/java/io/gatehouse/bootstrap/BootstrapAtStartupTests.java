package io.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.GatehouseApplication;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * The bootstrap as an operator uses it: configured properties (GATEHOUSE_BOOTSTRAP_* in production) are
 * applied while Gatehouse starts, and a refused configuration stops the start with a readable report.
 */
@SpringBootTest(properties = {
        "gatehouse.bootstrap.tenant=initech-at-start",
        "gatehouse.bootstrap.tenant-name=Initech Repairs",
        "gatehouse.bootstrap.admin-username=root-admin",
        "gatehouse.bootstrap.admin-password=correct horse battery staple 42"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAtStartupTests {

    @Autowired
    TenantDirectory tenants;
    @Autowired
    UserDirectory users;

    @Test
    void startWhenBootstrapConfiguredThenTenantAndAdminExist() {
        Tenant tenant = tenants.find("initech-at-start").orElseThrow();

        assertThat(tenant.name()).isEqualTo("Initech Repairs");
        assertThat(TenantContext.callAs(tenant, () -> users.findByUsername("root-admin")))
                .map(ConsoleUser::role).hasValue(Role.ADMIN);
    }

    @Test
    void startWhenBootstrapPasswordWeakThenStartRefusedWithReport(CapturedOutput output) {
        SpringApplication application = new SpringApplication(GatehouseApplication.class);
        application.setAdditionalProfiles("test");

        assertThatThrownBy(() -> application.run(
                "--gatehouse.bootstrap.tenant=weak-at-start", "--gatehouse.bootstrap.admin-password=short",
                "--server.port=0", "--spring.jmx.enabled=false"))
                .isInstanceOf(BootstrapRefusedException.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("must have at least 12 characters")
                .contains("Set GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD to a password of at least 12 characters");
        assertThat(tenants.find("weak-at-start")).isEmpty();
    }
}
