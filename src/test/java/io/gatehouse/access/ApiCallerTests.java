package io.gatehouse.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

/** What the resource server reads of a caller: each attribute by name is the one of the whole map. */
class ApiCallerTests {

    private final ApiCaller client = new ApiCaller(100001, "cli_abc", "Shop app", "session-1", AccessLevel.ADMIN,
            7L, null, Set.of("orders:write", "customers:read", "orders:read"), Set.of(), Visibility.ALL);

    private final ApiCaller userToken = ApiCaller.userToken(100002, 7, "Ada", Set.of("orders:read"));

    @Test
    void getAttributesWhenClientThenClientIdAndSortedScopes() {
        assertThat(client.getAttributes()).containsOnlyKeys("client_id", "scope")
                .containsEntry("client_id", "cli_abc")
                .containsEntry("scope", List.of("customers:read", "orders:read", "orders:write"));
    }

    @Test
    void getAttributesWhenUserTokenThenTokenIdAndScopes() {
        assertThat(userToken.getAttributes()).containsOnlyKeys("user_token_id", "scope")
                .containsEntry("user_token_id", 100002L)
                .containsEntry("scope", List.of("orders:read"));
    }

    @Test
    void getAttributeWhenAskedByNameThenSameAsInAllAttributes() {
        for (ApiCaller caller : List.of(client, userToken)) {
            for (String name : Arrays.asList("client_id", "user_token_id", "scope", "iat", "exp", "sub", null)) {
                Object one = caller.getAttribute(name);
                assertThat(one).as(name).isEqualTo(caller.getAttributes().get(name));
            }
        }
    }

    @Test
    void excludedFieldsWhenATotalExcludedThenEveryFieldItCouldBeComputedFromExcludedToo() {
        ApiCaller caller = customer(Set.of("invoice.totalNet", "order.locationId"));

        assertThat(caller.excludedFields()).containsExactlyInAnyOrder("invoice.totalNet", "invoice.totalVat",
                "invoice.totalGross", "invoice.lines", "order.locationId");
        assertThat(caller.hidden("invoice")).containsExactlyInAnyOrder("totalNet", "totalVat", "totalGross", "lines");
    }

    /** Built on every API request: exclusions that imply nothing more are kept as given, not copied again. */
    @Test
    void excludedFieldsWhenNothingMoreImpliedThenSameSetKept() {
        Set<String> excluded = Set.of("orderLine.purchasePrice", "order.locationId");

        assertThat(customer(excluded).excludedFields()).isSameAs(excluded);
        assertThat(customer(Set.of()).excludedFields()).isEmpty();
    }

    @Test
    void hiddenWhenOneRepresentationsNameBeginsAnothersThenEachHidesOnlyItsOwnFields() {
        ApiCaller caller = customer(Set.of("orderLine.purchasePrice", "order.locationId", "customer.email"));

        assertThat(caller.hidden("order")).containsExactly("locationId");
        assertThat(caller.hidden("orderLine")).containsExactly("purchasePrice");
        assertThat(caller.hidden("device")).isEmpty();
        assertThat(client.hidden("order")).isEmpty();
    }

    private static ApiCaller customer(Set<String> excluded) {
        return new ApiCaller(100003, "gci_c", "Shop app", "session-2", AccessLevel.CUSTOMER, null, 4L,
                Set.of("invoices:read"), excluded, new Visibility.OwnedBy(Set.of(4L)));
    }

    @Test
    void getAuthoritiesWhenScopesThenOneScopeAuthorityEachCataloguedOrNot() {
        ApiCaller withUnknownScope = new ApiCaller(100003, "cli_def", "Old app", "session-2", AccessLevel.ADMIN, 7L,
                null, Set.of("orders:read", "legacy:sync"), Set.of(), Visibility.ALL);

        assertThat(client.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("SCOPE_orders:write", "SCOPE_customers:read", "SCOPE_orders:read");
        assertThat(withUnknownScope.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("SCOPE_orders:read", "SCOPE_legacy:sync");
    }
}
