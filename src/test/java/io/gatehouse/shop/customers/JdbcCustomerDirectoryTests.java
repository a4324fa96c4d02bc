package io.gatehouse.shop.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import io.gatehouse.shop.CustomerDirectory;
import io.gatehouse.shop.CustomerSummary;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.TestTenants;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Customers of two tenants with the same ids but different names and hierarchies: find, search and the
 * descendant walk (which decides what a Customer client may reach) stay inside the bound tenant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JdbcCustomerDirectoryTests {

    @Autowired
    CustomerDirectory customers;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantJdbc jdbc;
    @Autowired
    Customers records;

    Tenant a;
    Tenant b;

    /** A: 1 ⊃ {2, 3}, 4. B: 1 ⊃ {9}, 2 ⊃ {3}, 4. */
    @BeforeEach
    void twoTenantsWithOverlappingCustomerIds() {
        a = TestTenants.create(tenants, "cust-a");
        b = TestTenants.create(tenants, "cust-b");
        TenantContext.runAs(a, () -> {
            insert(1, null, "Alpha Parent", "alpha@a.example", "A-1");
            insert(2, 1L, "Alpha Child One", "one@a.example", "A-2");
            insert(3, 1L, "Alpha Child Two", "two@a.example", "A-3");
            insert(4, null, "Shared Name Oy", "shared@a.example", "SHARED-A");
        });
        TenantContext.runAs(b, () -> {
            insert(1, null, "Beta Solo", "solo@b.example", "B-1");
            insert(2, null, "Beta Parent", "parent@b.example", "B-2");
            insert(3, 2L, "Beta Child", "child@b.example", "B-3");
            insert(4, null, "Shared Name Oy", "shared@b.example", "SHARED-B");
            insert(9, 1L, "Beta Branch", "branch@b.example", "B-9");
        });
    }

    @Test
    void findWhenSameIdInBothTenantsThenEachSeesItsOwnCustomer() {
        assertThat(in(a, () -> customers.find(1))).map(CustomerSummary::name).hasValue("Alpha Parent");
        assertThat(in(b, () -> customers.find(1))).map(CustomerSummary::name).hasValue("Beta Solo");
        assertThat(in(a, () -> customers.find(3))).map(CustomerSummary::parentId).hasValue(1L);
        assertThat(in(b, () -> customers.find(3))).map(CustomerSummary::parentId).hasValue(2L);
    }

    @Test
    void findWhenIdExistsOnlyInOtherTenantThenEmpty() {
        assertThat(in(a, () -> customers.find(9))).isEmpty();
    }

    @Test
    void searchWhenEverythingMatchesThenOnlyOwnTenantsCustomers() {
        assertThat(in(a, () -> customers.search("", 100))).extracting(CustomerSummary::name)
                .containsExactly("Alpha Child One", "Alpha Child Two", "Alpha Parent", "Shared Name Oy");
    }

    @Test
    void searchWhenQueryMatchesOnlyOtherTenantThenNothing() {
        assertThat(in(b, () -> customers.search("alpha", 100))).isEmpty();
        assertThat(in(b, () -> customers.search("@a.example", 100))).isEmpty();
        assertThat(in(a, () -> customers.search("B-9", 100))).isEmpty();
    }

    @Test
    void searchWhenNameExistsInBothTenantsThenEachFindsItsOwnByNameEmailOrBusinessId() {
        assertThat(in(a, () -> customers.search("shared name", 100))).extracting(CustomerSummary::businessId)
                .containsExactly("SHARED-A");
        assertThat(in(b, () -> customers.search("SHARED@B", 100))).extracting(CustomerSummary::businessId)
                .containsExactly("SHARED-B");
        assertThat(in(b, () -> customers.search("shared-", 100))).extracting(CustomerSummary::email)
                .containsExactly("shared@b.example");
    }

    @Test
    void withDescendantsWhenSameIdInBothTenantsThenOwnHierarchyOnly() {
        assertThat(in(a, () -> customers.withDescendants(1))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(in(b, () -> customers.withDescendants(1))).containsExactlyInAnyOrder(1L, 9L);
        assertThat(in(a, () -> customers.withDescendants(2))).containsExactly(2L);
        assertThat(in(b, () -> customers.withDescendants(2))).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void withDescendantsWhenCustomerExistsOnlyInOtherTenantThenNothingReachable() {
        assertThat(in(a, () -> customers.withDescendants(9))).isEmpty();
    }

    /** The trees are cached: a move or an addition through the API must show in the very next walk. */
    @Test
    void withDescendantsWhenCustomerMovedOrAddedThenNextWalkShowsItAndOtherTenantUnchanged() {
        assertThat(in(a, () -> customers.withDescendants(1))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(in(b, () -> customers.withDescendants(1))).containsExactlyInAnyOrder(1L, 9L);

        in(a, () -> records.update(4, new CustomerDraft(3L, "Shared Name Oy", null, null, null, null, null)));
        assertThat(in(a, () -> customers.withDescendants(1))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);

        long added = in(a, () -> records.create(new CustomerDraft(2L, "New Branch", null, null, null, null, null)))
                .id();
        assertThat(in(a, () -> customers.withDescendants(1))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, added);
        assertThat(in(a, () -> customers.withDescendants(2))).containsExactlyInAnyOrder(2L, added);

        in(a, () -> records.update(3, new CustomerDraft(null, "Alpha Child Two", null, null, null, null, null)));
        assertThat(in(a, () -> customers.withDescendants(1))).containsExactlyInAnyOrder(1L, 2L, added);
        assertThat(in(b, () -> customers.withDescendants(1))).containsExactlyInAnyOrder(1L, 9L);
    }

    private void insert(long id, Long parentId, String name, String email, String businessId) {
        jdbc.sql("""
                insert into customer (tenant_id, id, parent_id, name, email, business_id, created_at, updated_at)
                values (:tenant, :id, :parent, :name, :email, :businessId, current_timestamp, current_timestamp)""")
                .param("id", id).param("parent", parentId).param("name", name).param("email", email)
                .param("businessId", businessId)
                .update();
    }

    private static <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
