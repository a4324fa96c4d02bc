package io.gatehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.gatehouse.shop.CustomerDirectory;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo shops' master data: the same ids in both, full contact details, stocked products, real devices. */
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

    DemoCopies copies;

    @BeforeAll
    void seedCopies() {
        copies = new DemoCopies(seeder, tenants, jdbc);
    }

    @Test
    void seedWhenBothShopsThenSameIdsHoldDifferentRecords() {
        String ownerOfOrder1 = "select c.name from repair_order o join customer c on c.tenant_id = o.tenant_id "
                + "and c.id = o.customer_id where o.tenant_id = :tenant and o.id = 1";
        String device1 = "select brand || ' ' || model from device where tenant_id = :tenant and id = 1";

        assertThat(copies.strings("acme", ownerOfOrder1)).containsExactly("Acme Northwind Traders");
        assertThat(copies.strings("globex", ownerOfOrder1)).containsExactly("Globex Contoso Ltd");
        assertThat(copies.strings("acme", device1)).containsExactly("Apple iPhone 13");
        assertThat(copies.strings("globex", device1)).containsExactly("Google Pixel 7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void customersWhenSeededThenTwoFamiliesAndFullContactDetails(String shop) {
        assertThat(copies.in(shop, () -> customers.withDescendants(1))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(copies.in(shop, () -> customers.withDescendants(6))).containsExactlyInAnyOrder(6L, 7L);
        assertThat(copies.longs(shop, "select id from customer where tenant_id = :tenant order by id"))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(copies.count(shop, """
                select count(*) from customer where tenant_id = :tenant and (email is null or phone is null
                    or billing_address is null or shipping_address is null)""")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void catalogueWhenSeededThenLocationsStatusesAndStockedProducts(String shop) {
        assertThat(copies.count(shop, "select count(*) from location where tenant_id = :tenant")).isBetween(2L, 3L);
        assertThat(copies.strings(shop, "select code from order_status where tenant_id = :tenant"))
                .contains("OPEN", "IN_PROGRESS", "WAITING_FOR_PARTS", "READY", "CLOSED");
        assertThat(copies.count(shop, "select count(*) from product where tenant_id = :tenant"))
                .isGreaterThanOrEqualTo(10L);
        assertThat(copies.count(shop, """
                select count(*) from product where tenant_id = :tenant
                  and (stock_quantity < 10 or purchase_price <= 0 or price <= purchase_price)""")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex"})
    void devicesWhenSeededThenPhonesHaveValidImeisAndBelongToTheirOrdersCustomer(String shop) {
        List<String> imeis = copies.strings(shop, "select imei from device where tenant_id = :tenant and imei is not null");

        assertThat(imeis).hasSizeGreaterThanOrEqualTo(6).allSatisfy(imei -> {
            assertThat(imei).hasSize(15).containsOnlyDigits();
            assertThat(luhnValid(imei)).as("Luhn check of %s", imei).isTrue();
        });
        assertThat(copies.count(shop, "select count(*) from device where tenant_id = :tenant and imei is null"))
                .as("laptops").isGreaterThanOrEqualTo(3L);
        assertThat(copies.count(shop, """
                select count(*) from repair_order o join device d on d.tenant_id = o.tenant_id and d.id = o.device_id
                where o.tenant_id = :tenant and d.customer_id <> o.customer_id""")).isZero();
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
