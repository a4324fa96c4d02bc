package io.gatehouse.demo;

import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
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
    private final UserDirectory users;
    private final TenantJdbc jdbc;
    private final TransactionTemplate tx;
    private final DemoProperties properties;

    DemoSeeder(TenantDirectory tenants, UserDirectory users, TenantJdbc jdbc, TransactionTemplate tx,
            DemoProperties properties) {
        this.tenants = tenants;
        this.users = users;
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
            users.create("admin", brand + " Admin", "admin@" + tenant.id() + ".example", password, Role.ADMIN);
            users.create("staff1", "Sam Staff", "staff1@" + tenant.id() + ".example", password, Role.STAFF);
            users.create("staff2", "Riley Staff", "staff2@" + tenant.id() + ".example", password, Role.STAFF);
            customer(1, null, brand + " Northwind Traders", "NW-001");
            customer(2, 1L, brand + " Northwind Helsinki branch", "NW-002");
            customer(3, 1L, brand + " Northwind Tampere branch", "NW-003");
            customer(4, null, brand + " Contoso Ltd", "CT-001");
            customer(5, null, brand + " Jane Doe", null);
        });
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
