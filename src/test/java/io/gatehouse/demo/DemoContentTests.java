package io.gatehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.gatehouse.shop.CustomerDirectory;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.TestTenants;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo data is rich and consistent enough to try every feature. Checked on fresh copies of both demo
 * shops, so that what other tests do to acme and globex cannot blur the picture.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoContentTests {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantJdbc jdbc;
    @Autowired
    CustomerDirectory customers;

    Map<String, Tenant> copies;

    @BeforeAll
    void seedCopies() {
        Instant now = Instant.now();
        Tenant acme = TestTenants.create(tenants, "acme-copy");
        Tenant globex = TestTenants.create(tenants, "globex-copy");
        seeder.write(acme, AcmeRepairs.shop(), "not-a-login", now);
        seeder.write(globex, GlobexServiceCenter.shop(), "not-a-login", now);
        copies = Map.of("acme", acme, "globex", globex);
    }

    @Test
    void seedWhenBothShopsThenSameIdsHoldDifferentRecords() {
        String sql = "select c.name from repair_order o join customer c on c.tenant_id = o.tenant_id "
                + "and c.id = o.customer_id where o.tenant_id = :tenant and o.id = 1";

        assertThat(in("acme", () -> strings(sql))).containsExactly("Acme Northwind Traders");
        assertThat(in("globex", () -> strings(sql))).containsExactly("Globex Contoso Ltd");
        assertThat(in("acme", () -> strings("select model from device where tenant_id = :tenant and id = 1")))
                .isNotEqualTo(in("globex", () -> strings("select model from device where tenant_id = :tenant and id = 1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void customersWhenSeededThenTwoFamiliesAndFullContactDetails(String shop) {
        assertThat(in(shop, () -> customers.withDescendants(1))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(in(shop, () -> customers.withDescendants(6))).containsExactlyInAnyOrder(6L, 7L);
        assertThat(in(shop, () -> longs("select id from customer where tenant_id = :tenant order by id")))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(in(shop, () -> longs("""
                select count(*) from customer where tenant_id = :tenant and (email is null or phone is null
                    or billing_address is null or shipping_address is null)""")))
                .containsExactly(0L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void catalogueWhenSeededThenLocationsStatusesAndStockedProducts(String shop) {
        assertThat(in(shop, () -> longs("select count(*) from location where tenant_id = :tenant")).get(0))
                .isBetween(2L, 3L);
        assertThat(in(shop, () -> strings("select code from order_status where tenant_id = :tenant")))
                .contains("OPEN", "IN_PROGRESS", "WAITING_FOR_PARTS", "READY", "CLOSED");
        assertThat(in(shop, () -> longs("select count(*) from product where tenant_id = :tenant")).get(0))
                .isGreaterThanOrEqualTo(10L);
        assertThat(in(shop, () -> longs("""
                select count(*) from product where tenant_id = :tenant
                  and (stock_quantity < 10 or purchase_price <= 0 or price <= purchase_price)""")))
                .containsExactly(0L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void devicesWhenSeededThenPhonesHaveValidImeisAndBelongToTheirOrdersCustomer(String shop) {
        List<String> imeis = in(shop, () -> strings("select imei from device where tenant_id = :tenant and imei is not null"));
        assertThat(imeis).hasSizeGreaterThanOrEqualTo(6).allSatisfy(imei -> {
            assertThat(imei).hasSize(15).containsOnlyDigits();
            assertThat(luhnValid(imei)).as("Luhn check of %s", imei).isTrue();
        });
        assertThat(in(shop, () -> longs("select count(*) from device where tenant_id = :tenant and imei is null")).get(0))
                .as("laptops").isGreaterThanOrEqualTo(3L);
        assertThat(in(shop, () -> longs("""
                select count(*) from repair_order o join device d on d.tenant_id = o.tenant_id and d.id = o.device_id
                where o.tenant_id = :tenant and d.customer_id <> o.customer_id""")))
                .containsExactly(0L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void ordersWhenSeededThenFifteenAcrossCustomersWithPricedLinesNotesAndTasks(String shop) {
        assertThat(in(shop, () -> longs("""
                select count(*) from order_line l where l.tenant_id = :tenant group by l.order_id order by l.order_id""")))
                .hasSize(15).allSatisfy(lines -> assertThat(lines).isBetween(1L, 4L));
        assertThat(in(shop, () -> longs("select distinct customer_id from repair_order where tenant_id = :tenant")))
                .hasSizeGreaterThanOrEqualTo(8).contains(2L, 3L, 7L);
        assertThat(in(shop, () -> longs("""
                select count(*) from order_line where tenant_id = :tenant
                  and (price <= 0 or purchase_price is null or purchase_price < 0 or vat_rate <= 0)""")))
                .containsExactly(0L);
        assertThat(in(shop, () -> strings("select distinct type from order_note where tenant_id = :tenant")))
                .containsExactlyInAnyOrder("DIAGNOSIS", "INTERNAL", "ISSUE", "RESOLUTION");
        assertThat(in(shop, () -> longs("select count(*) from order_task where tenant_id = :tenant")).get(0))
                .isGreaterThanOrEqualTo(10L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void invoicesWhenSeededThenTotalsAreTheSumsOfTheirLines(String shop) {
        List<Map<String, Object>> invoices = in(shop, () -> jdbc.sql("""
                select i.id, i.total_net, i.total_vat, i.total_gross,
                       sum(l.quantity * l.unit_price) as lines_net,
                       sum(round(l.quantity * l.unit_price * l.vat_rate / 100, 2)) as lines_vat
                from invoice i join invoice_line l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
                where i.tenant_id = :tenant
                group by i.id, i.total_net, i.total_vat, i.total_gross""").query().listOfRows());

        assertThat(invoices).hasSizeGreaterThanOrEqualTo(6).allSatisfy(row -> {
            BigDecimal net = (BigDecimal) row.get("total_net");
            BigDecimal vat = (BigDecimal) row.get("total_vat");
            assertThat(net).isEqualByComparingTo((BigDecimal) row.get("lines_net"));
            assertThat(vat).isEqualByComparingTo(((BigDecimal) row.get("lines_vat")).setScale(2, RoundingMode.HALF_UP));
            assertThat((BigDecimal) row.get("total_gross")).isEqualByComparingTo(net.add(vat));
        });
        assertThat(in(shop, () -> strings("""
                select distinct s.code from invoice i join repair_order o on o.tenant_id = i.tenant_id and o.id = i.order_id
                join order_status s on s.tenant_id = o.tenant_id and s.id = o.status_id where i.tenant_id = :tenant""")))
                .containsOnly("READY", "CLOSED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void stockWhenSeededThenMovementsAddUpToEachProductsQuantity(String shop) {
        assertThat(in(shop, () -> longs("""
                select count(*) from product p where p.tenant_id = :tenant and p.stock_quantity <>
                  (select coalesce(sum(m.quantity_delta), 0) from stock_movement m
                   where m.tenant_id = p.tenant_id and m.product_id = p.id)""")))
                .containsExactly(0L);
        assertThat(in(shop, () -> longs("select count(*) from stock_movement where tenant_id = :tenant and quantity_delta < 0"))
                .get(0)).isGreaterThanOrEqualTo(5L);
    }

    private <T> T in(String shop, Supplier<T> work) {
        return TenantContext.callAs(copies.get(shop), work);
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private List<Long> longs(String sql) {
        return jdbc.sql(sql).query(Long.class).list();
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
