package io.gatehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo shops' repair orders, invoices and stock: enough of each, and consistent with each other. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOrdersTests {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantJdbc jdbc;

    DemoCopies copies;

    @BeforeAll
    void seedCopies() {
        copies = new DemoCopies(seeder, tenants, jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void ordersWhenSeededThenFifteenAcrossCustomersWithPricedLinesNotesAndTasks(String shop) {
        assertThat(copies.longs(shop, "select count(*) from order_line where tenant_id = :tenant group by order_id"))
                .hasSize(15).allSatisfy(lines -> assertThat(lines).isBetween(1L, 4L));
        assertThat(copies.longs(shop, "select distinct customer_id from repair_order where tenant_id = :tenant"))
                .hasSizeGreaterThanOrEqualTo(8).contains(2L, 3L, 7L);
        assertThat(copies.count(shop, """
                select count(*) from order_line where tenant_id = :tenant
                  and (price <= 0 or purchase_price is null or purchase_price < 0 or vat_rate <= 0)""")).isZero();
        assertThat(copies.strings(shop, "select distinct type from order_note where tenant_id = :tenant"))
                .containsExactlyInAnyOrder("DIAGNOSIS", "INTERNAL", "ISSUE", "RESOLUTION");
        assertThat(copies.count(shop, "select count(*) from order_task where tenant_id = :tenant"))
                .isGreaterThanOrEqualTo(10L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void invoicesWhenSeededThenTotalsAreTheSumsOfTheirLines(String shop) {
        List<Map<String, Object>> invoices = copies.in(shop, () -> jdbc.sql("""
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
        assertThat(copies.strings(shop, """
                select distinct s.code from invoice i
                join repair_order o on o.tenant_id = i.tenant_id and o.id = i.order_id
                join order_status s on s.tenant_id = o.tenant_id and s.id = o.status_id
                where i.tenant_id = :tenant""")).containsOnly("READY", "CLOSED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void stockWhenSeededThenMovementsAddUpToEachProductsQuantity(String shop) {
        assertThat(copies.count(shop, """
                select count(*) from product p where p.tenant_id = :tenant and p.stock_quantity <>
                  (select coalesce(sum(m.quantity_delta), 0) from stock_movement m
                   where m.tenant_id = p.tenant_id and m.product_id = p.id)""")).isZero();
        assertThat(copies.count(shop,
                "select count(*) from stock_movement where tenant_id = :tenant and quantity_delta < 0"))
                .isGreaterThanOrEqualTo(5L);
    }
}
