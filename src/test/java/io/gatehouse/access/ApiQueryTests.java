package io.gatehouse.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ApiQueryTests {

    private static final QuerySpec ORDERS = QuerySpec.of("order", "o.id", "-updatedAt")
            .field("customerId", "o.customer_id", QuerySpec.Type.ID)
            .field("status", "s.code", QuerySpec.Type.TEXT)
            .field("updatedAt", "o.updated_at", QuerySpec.Type.INSTANT)
            .expansion("lines", "orders:read")
            .expansion("customer", "customers:read");

    private static final QuerySpec LINES = QuerySpec.of("orderLine", "l.id", "id")
            .field("price", "l.price", QuerySpec.Type.DECIMAL)
            .field("purchasePrice", "l.purchase_price", QuerySpec.Type.DECIMAL);

    @Test
    void listWhenNoParametersThenDefaultPageAndSort() {
        ListQuery query = ApiQuery.list(request(""), ORDERS, caller(Set.of()));

        assertThat(query.limit()).isEqualTo(25);
        assertThat(query.offset()).isZero();
        assertThat(query.where()).isEmpty();
        assertThat(query.orderBy()).isEqualTo("o.updated_at desc, o.id");
    }

    @Test
    void listWhenFiltersWithRangesThenConditionsAndTypedValues() {
        ListQuery query = ApiQuery.list(request("status=OPEN&updatedAt[gte]=2026-01-01&customerId[ne]=4"), ORDERS,
                caller(Set.of()));

        assertThat(query.where()).contains("s.code = :filter", "o.updated_at >= :filter", "o.customer_id <> :filter");
        assertThat(query.params().values()).containsExactlyInAnyOrder("OPEN", 4L,
                OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void listWhenSortGivenThenInThatOrderEndingWithId() {
        assertThat(ApiQuery.list(request("sort=-updatedAt,status"), ORDERS, caller(Set.of())).orderBy())
                .isEqualTo("o.updated_at desc, s.code, o.id");
        assertThat(ApiQuery.list(request("sort=id"), ORDERS, caller(Set.of())).orderBy()).isEqualTo("o.id");
    }

    @Test
    void listWhenDefaultSortFieldHiddenThenOrderedByIdOnly() {
        ApiCaller caller = caller(Set.of("order.updatedAt"));

        assertThat(ApiQuery.list(request(""), ORDERS, caller).orderBy()).isEqualTo("o.id");
    }

    @Test
    void listWhenLimitOutOfRangeThenBadParameterNamingIt() {
        for (String limit : new String[] { "0", "101", "ten", "-1" }) {
            assertBadParameter(() -> ApiQuery.list(request("limit=" + limit), ORDERS, caller(Set.of())), "limit");
        }
        assertBadParameter(() -> ApiQuery.list(request("offset=-1"), ORDERS, caller(Set.of())), "offset");
        assertThat(ApiQuery.list(request("limit=100&offset=200"), ORDERS, caller(Set.of())).limit()).isEqualTo(100);
    }

    @Test
    void listWhenMalformedValueOrOperatorThenBadParameterNamingIt() {
        assertBadParameter(() -> ApiQuery.list(request("updatedAt[gte]=yesterday"), ORDERS, caller(Set.of())),
                "updatedAt[gte]");
        assertBadParameter(() -> ApiQuery.list(request("customerId=abc"), ORDERS, caller(Set.of())), "customerId");
        assertBadParameter(() -> ApiQuery.list(request("customerId[like]=4"), ORDERS, caller(Set.of())),
                "customerId[like]");
        assertBadParameter(() -> ApiQuery.list(request("status=A&status=B"), ORDERS, caller(Set.of())), "status");
        assertBadParameter(() -> ApiQuery.list(request("expand=everything"), ORDERS, caller(Set.of())), "expand");
    }

    @Test
    void listWhenFieldHiddenThenSameAnswerAsUnknownFieldButLoggedAsExcluded() {
        ApiCaller caller = caller(Set.of("orderLine.purchasePrice"));

        ApiException hidden = thrown(() -> ApiQuery.list(request("purchasePrice[lt]=5"), LINES, caller));
        ApiException unknown = thrown(() -> ApiQuery.list(request("nosuchfield[lt]=5"), LINES, caller));

        assertThat(hidden.body().toString().replace("purchasePrice", "X"))
                .isEqualTo(unknown.body().toString().replace("nosuchfield", "X"));
        assertThat(hidden.refusal().code()).isEqualTo("excluded_field");
        assertThat(unknown.refusal().code()).isEqualTo("invalid_parameter");
        assertThat(thrown(() -> ApiQuery.list(request("sort=-purchasePrice"), LINES, caller)).refusal().code())
                .isEqualTo("excluded_field");
        assertThat(ApiQuery.list(request("price[lt]=5"), LINES, caller).params().values())
                .containsExactly(new BigDecimal("5"));
    }

    @Test
    void listWhenExpansionNeedsScopeNotHeldThenMissingScope() {
        ApiException refused = thrown(() -> ApiQuery.list(request("expand=lines,customer"), ORDERS,
                caller(Set.of())));

        assertThat(refused.requiredScope()).isEqualTo("customers:read");
        assertThat(refused.refusal().sentence()).isEqualTo("needs customers:read; this client has orders:read");
    }

    @Test
    void itemWhenOnlyExpandThenExpansions() {
        assertThat(ApiQuery.item(request("expand=lines"), ORDERS, caller(Set.of()))).containsExactly("lines");
        assertBadParameter(() -> ApiQuery.item(request("status=OPEN"), ORDERS, caller(Set.of())), "status");
    }

    private static MockHttpServletRequest request(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v3/orders");
        request.setQueryString(query);
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return request;
    }

    private static ApiCaller caller(Set<String> excluded) {
        return new ApiCaller(1, "gci_test", "Test", "session", AccessLevel.CUSTOMER, null, 1L, Set.of("orders:read"),
                excluded, new Visibility.OwnedBy(Set.of(1L)));
    }

    private static ApiException thrown(Runnable call) {
        try {
            call.run();
        }
        catch (ApiException ex) {
            return ex;
        }
        throw new AssertionError("expected a refusal");
    }

    private static void assertBadParameter(Runnable call, String parameter) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, ex -> {
            assertThat(ex.status().value()).isEqualTo(400);
            assertThat(ex.body()).containsEntry("parameter", parameter);
        });
    }
}
