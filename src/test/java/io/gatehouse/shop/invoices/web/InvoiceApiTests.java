package io.gatehouse.shop.invoices.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** Invoices are seeded and never written through the API, so counts of the whole collection are stable. */
class InvoiceApiTests extends ApiTestSupport {

    private static final Set<String> INVOICE_FIELDS = Set.of("id", "customerId", "orderId", "number", "status",
            "issuedAt", "dueAt", "totalNet", "totalVat", "totalGross", "lines");

    @Test
    void getWhenAdminThenInvoiceWithLinesAndTotals() {
        ApiToken admin = token(ACME, adminClient().scopes("invoices:read"));
        HttpResponse<String> response = get(admin, "/api/v3/invoices/1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode invoice = json(response);
        assertThat(names(invoice)).isEqualTo(INVOICE_FIELDS);
        assertThat(invoice.get("customerId").asLong()).isEqualTo(3);
        assertThat(invoice.get("orderId").asLong()).isEqualTo(3);
        assertThat(invoice.get("number").asString()).isEqualTo("ACME-INV-1001");
        assertThat(invoice.get("status").asString()).isEqualTo("ISSUED");
        assertThat(invoice.get("totalNet").decimalValue()).isEqualByComparingTo("112.00");
        assertThat(invoice.get("totalVat").decimalValue()).isEqualByComparingTo("28.57");
        assertThat(invoice.get("totalGross").decimalValue()).isEqualByComparingTo("140.57");
        JsonNode lines = invoice.get("lines");
        assertThat(lines.findValues("id").stream().map(JsonNode::asLong)).containsExactly(11L, 12L, 13L);
        assertThat(names(lines.get(0))).containsExactlyInAnyOrder("id", "description", "quantity", "unitPrice",
                "vatRate");
        assertThat(lines.get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("59.00");
        assertThat(lines.get(0).get("vatRate").decimalValue()).isEqualByComparingTo("25.50");
    }

    @Test
    void listWhenAdminThenEveryInvoiceNewestFirstWithItsLines() {
        ApiToken admin = token(ACME, adminClient().scopes("invoices:read"));
        JsonNode page = json(get(admin, "/api/v3/invoices"));
        assertThat(page.get("totalItems").asLong()).isEqualTo(8);
        List<Instant> issued = new ArrayList<>();
        for (JsonNode invoice : page.get("items")) {
            // Invoices 7 and 8 are counter sales: without an order, and nulls are left out of the JSON.
            assertThat(names(invoice)).isEqualTo(invoice.get("id").asLong() >= 7
                    ? without(INVOICE_FIELDS, "orderId") : INVOICE_FIELDS);
            assertThat(invoice.get("lines").get(0).get("id").asLong()).isEqualTo(invoice.get("id").asLong() * 10 + 1);
            issued.add(Instant.parse(invoice.get("issuedAt").asString()));
        }
        assertThat(issued).hasSize(8).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void listWhenPagedThenLimitOffsetAndTotalOfAll() {
        ApiToken admin = token(ACME, adminClient().scopes("invoices:read"));
        JsonNode page = json(get(admin, "/api/v3/invoices?sort=id&limit=3&offset=6"));
        assertThat(page.get("limit").asInt()).isEqualTo(3);
        assertThat(page.get("offset").asInt()).isEqualTo(6);
        assertThat(page.get("totalItems").asLong()).isEqualTo(8);
        assertThat(ids(page)).containsExactly(7L, 8L);
        assertThat(page.get("href").asString()).isEqualTo("/api/v3/invoices?sort=id&limit=3&offset=6");

        HttpResponse<String> tooMany = get(admin, "/api/v3/invoices?limit=101");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json(tooMany).get("parameter").asString()).isEqualTo("limit");
    }

    @Test
    void listWhenFilteredAndSortedThenOnlyMatchingInOrder() {
        ApiToken admin = token(ACME, adminClient().scopes("invoices:read"));
        assertThat(ids(json(get(admin, "/api/v3/invoices?status=PAID&sort=id")))).containsExactly(2L, 5L, 7L);
        JsonNode large = json(get(admin, "/api/v3/invoices?totalGross%5Bgte%5D=200&sort=-totalGross"));
        List<BigDecimal> gross = large.get("items").findValues("totalGross").stream().map(JsonNode::decimalValue)
                .toList();
        assertThat(gross).isNotEmpty().hasSize((int) large.get("totalItems").asLong())
                .allMatch(g -> g.compareTo(new BigDecimal("200")) >= 0).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ids(json(get(admin, "/api/v3/invoices?orderId=8")))).containsExactly(4L);
        assertThat(ids(json(get(admin, "/api/v3/invoices?number=ACME-INV-1006")))).containsExactly(6L);
    }

    @Test
    void getWhenCustomerClientThenOwnInvoicesOnlyAndOthersAsNonexistent() {
        ApiToken customer = token(ACME, customerClient().scopes("invoices:read"));
        HttpResponse<String> own = get(customer, "/api/v3/invoices/1");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(json(own).get("customerId").asLong()).isEqualTo(3);
        assertThat(get(customer, "/api/v3/invoices/2").statusCode()).isEqualTo(200);

        HttpResponse<String> other = get(customer, "/api/v3/invoices/3");
        HttpResponse<String> none = get(customer, "/api/v3/invoices/999999");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(none.body()).isEqualTo(ProblemResponses.NOT_FOUND);
        assertThat(headers(other)).isEqualTo(headers(none));
    }

    @Test
    void listWhenCustomerClientThenOnlyOwnedInvoicesAndTotal() {
        ApiToken customer = token(ACME, customerClient().scopes("invoices:read"));
        JsonNode page = json(get(customer, "/api/v3/invoices?sort=id"));
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(ids(page)).containsExactly(1L, 2L);

        JsonNode foreign = json(get(customer, "/api/v3/invoices?customerId=5"));
        assertThat(foreign.get("totalItems").asLong()).isZero();
        assertThat(foreign.get("items").isEmpty()).isTrue();
        assertThat(json(get(customer, "/api/v3/invoices?orderId=7")).get("totalItems").asLong()).isZero();
        assertThat(json(get(customer, "/api/v3/invoices?customerId=3")).get("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void getAndListWhenFieldsExcludedThenAbsent() {
        ApiToken customer = token(ACME, customerClient().scopes("invoices:read")
                .excludedFields("invoice.number", "invoice.lines"));
        JsonNode invoice = json(get(customer, "/api/v3/invoices/1"));
        assertThat(names(invoice)).isEqualTo(without(INVOICE_FIELDS, "number", "lines"));
        JsonNode items = json(get(customer, "/api/v3/invoices")).get("items");
        assertThat(items.size()).isEqualTo(2);
        items.forEach(item -> assertThat(names(item)).isEqualTo(without(INVOICE_FIELDS, "number", "lines")));
    }

    @Test
    void getWhenOneTotalExcludedThenEveryFieldItCouldBeComputedFromHiddenToo() {
        ApiToken customer = token(ACME, customerClient().scopes("invoices:read").excludedFields("invoice.totalNet"));

        JsonNode invoice = json(get(customer, "/api/v3/invoices/1"));

        assertThat(names(invoice)).isEqualTo(without(INVOICE_FIELDS, "totalNet", "totalVat", "totalGross", "lines"));
        assertAnsweredAsUnknown(customer, "/api/v3/invoices?sort=totalGross", "totalGross");
    }

    @Test
    void filterOrSortWhenFieldExcludedThenAnsweredAsUnknownField() {
        ApiToken admin = token(ACME, adminClient().scopes("invoices:read")
                .excludedFields("invoice.totalNet", "invoice.status"));
        assertAnsweredAsUnknown(admin, "/api/v3/invoices?totalNet%5Bgte%5D=0", "totalNet");
        assertAnsweredAsUnknown(admin, "/api/v3/invoices?totalNet=112.00", "totalNet");
        assertAnsweredAsUnknown(admin, "/api/v3/invoices?sort=-totalNet", "totalNet");
        assertAnsweredAsUnknown(admin, "/api/v3/invoices?status=PAID", "status");
        assertAnsweredAsUnknown(admin, "/api/v3/invoices/1?totalNet=1", "totalNet");
    }

    /** The headers that could tell two answers apart: all but the date, the request's id and those named. */
    private static Map<String, List<String>> headers(HttpResponse<String> response, String... ignored) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.headers().map());
        headers.keySet().removeAll(List.of("date", "x-request-id"));
        headers.keySet().removeAll(List.of(ignored));
        return headers;
    }

    private static Set<String> without(Set<String> all, String... hidden) {
        return all.stream().filter(name -> !Set.of(hidden).contains(name)).collect(Collectors.toSet());
    }
}
