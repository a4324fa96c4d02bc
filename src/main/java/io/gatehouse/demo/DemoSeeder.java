package io.gatehouse.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.gatehouse.shared.RandomStrings;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo tenants {@code acme} and {@code globex} on the first start of the embedded default, in one
 * transaction, and skips seeding when {@code acme} already exists. Both tenants use the same small record
 * ids on purpose: isolation between tenants must hold even when ids collide.
 *
 * <p>Ids in both tenants: users admin 1 (ADMIN), staff1 2, staff2 3 (STAFF); customers 1 (parent of 2 and
 * 3), 4, 5, 6 (parent of 7), 8, 9, 10; locations 1–3; statuses 1–6; products 1–12; devices 1–14;
 * orders 1–15; invoices 1–8.
 */
@Component
@Order(0)
@EnableConfigurationProperties(DemoProperties.class)
@ConditionalOnProperty(name = "gatehouse.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    static final List<DemoShop> SHOPS = List.of(AcmeRepairs.shop(), GlobexServiceCenter.shop());

    private final TenantDirectory tenants;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final DemoProperties properties;
    private final DemoRecordsWriter records;
    private final DemoOrdersWriter orders;
    private final DemoLedgerWriter ledger;
    private final DemoBanner banner;
    private final Clock clock;

    DemoSeeder(TenantDirectory tenants, PasswordEncoder passwordEncoder, TransactionTemplate tx,
            DemoProperties properties, DemoRecordsWriter records, DemoOrdersWriter orders, DemoLedgerWriter ledger,
            DemoBanner banner, Clock clock) {
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.properties = properties;
        this.records = records;
        this.orders = orders;
        this.ledger = ledger;
        this.banner = banner;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean configured = properties.password() != null && !properties.password().isBlank();
        if (tenants.find(SHOPS.get(0).tenantId()).isPresent()) {
            banner.print(new DemoBanner.Password.Earlier());
            return;
        }
        String password = configured ? properties.password() : RandomStrings.base62(96);
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> SHOPS.forEach(shop -> seed(shop, password, now)));
        banner.print(configured ? new DemoBanner.Password.Configured() : new DemoBanner.Password.Generated(password));
    }

    private void seed(DemoShop shop, String password, Instant now) {
        write(tenants.create(shop.tenantId(), shop.name()), shop, passwordEncoder.encode(password), now);
    }

    /** Writes one shop's data into a tenant that has none yet. */
    void write(Tenant tenant, DemoShop shop, String passwordHash, Instant now) {
        TenantContext.runAs(tenant, () -> {
            records.write(shop, passwordHash, now);
            orders.write(shop, now);
            ledger.write(shop, now);
        });
    }
}
