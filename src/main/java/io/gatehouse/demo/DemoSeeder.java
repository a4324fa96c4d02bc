package io.gatehouse.demo;

import io.gatehouse.identity.Role;
import io.gatehouse.shared.RandomStrings;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo tenants {@code acme} and {@code globex} on first start of the embedded default.
 * Both use the same small record ids on purpose: isolation between tenants must hold even when ids collide.
 */
@Component
@Order(0)
@EnableConfigurationProperties(DemoProperties.class)
@ConditionalOnProperty(name = "gatehouse.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final TenantDirectory tenants;
    private final PasswordEncoder passwordEncoder;
    private final TenantJdbc jdbc;
    private final TransactionTemplate tx;
    private final DemoProperties properties;

    DemoSeeder(TenantDirectory tenants, PasswordEncoder passwordEncoder, TenantJdbc jdbc, TransactionTemplate tx,
            DemoProperties properties) {
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tenants.find("acme").isPresent()) {
            return;
        }
        boolean generated = properties.password() == null || properties.password().isBlank();
        String password = generated ? RandomStrings.base62(96) : properties.password();
        tx.executeWithoutResult(status -> {
            seed(tenants.create("acme", "Acme Repairs"), password, "Acme");
            seed(tenants.create("globex", "Globex Service Center"), password, "Globex");
        });
        log.info("""

                ==================================================================
                 Gatehouse demo tenants seeded: acme, globex
                 Console: http://acme.localhost:{}/console
                 Log in as admin (ADMIN), staff1 or staff2 (STAFF)
                 Password: {}
                ==================================================================""",
                System.getProperty("server.port", "8080"),
                generated ? password + "   (generated; shown only this once)" : "the value of GATEHOUSE_DEMO_PASSWORD");
    }

    private void seed(Tenant tenant, String password, String brand) {
        TenantContext.runAs(tenant, () -> {
            String hash = passwordEncoder.encode(password);
            user(1, "admin", brand + " Admin", tenant, hash, Role.ADMIN);
            user(2, "staff1", "Sam Staff", tenant, hash, Role.STAFF);
            user(3, "staff2", "Riley Staff", tenant, hash, Role.STAFF);
            customer(1, null, brand + " Northwind Traders", "NW-001");
            customer(2, 1L, brand + " Northwind Helsinki branch", "NW-002");
            customer(3, 1L, brand + " Northwind Tampere branch", "NW-003");
            customer(4, null, brand + " Contoso Ltd", "CT-001");
            customer(5, null, brand + " Jane Doe", null);
        });
    }

    private void user(long id, String username, String name, Tenant tenant, String hash, Role role) {
        jdbc.sql("""
                insert into console_user (tenant_id, id, username, display_name, email, password_hash, role, active, created_at)
                values (:tenant, :id, :username, :name, :email, :hash, :role, true, current_timestamp)""")
                .param("id", id).param("username", username).param("name", name)
                .param("email", username + "@" + tenant.id() + ".example").param("hash", hash)
                .param("role", role.name())
                .update();
    }

    private void customer(long id, Long parentId, String name, String businessId) {
        jdbc.sql("""
                insert into customer (tenant_id, id, parent_id, name, email, business_id, created_at, updated_at)
                values (:tenant, :id, :parent, :name, :email, :businessId, current_timestamp, current_timestamp)""")
                .param("id", id).param("parent", parentId).param("name", name)
                .param("email", "contact" + id + "@example.com").param("businessId", businessId)
                .update();
    }
}
