package io.gatehouse.access.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.access.Endpoint;
import io.gatehouse.access.ScopeCatalogue;

import org.junit.jupiter.api.Test;

class OperationSummariesTests {

    @Test
    void summaryWhenEndpointKindsThenReadsAsASentence() {
        assertThat(OperationSummaries.of(Endpoint.get("/orders"))).isEqualTo("List the orders");
        assertThat(OperationSummaries.of(Endpoint.get("/orders/{id}/lines"))).isEqualTo("List the lines of an order");
        assertThat(OperationSummaries.of(Endpoint.get("/orders/{id}/lines/{lineId}"))).isEqualTo("Get an order line");
        assertThat(OperationSummaries.of(Endpoint.post("/products/{id}/stock-movements")))
                .isEqualTo("Create a stock movement on a product");
        assertThat(OperationSummaries.of(Endpoint.patch("/customers/{id}")))
                .isEqualTo("Update a customer (only the fields given)");
        assertThat(OperationSummaries.of(Endpoint.get("/customers/{id}/children")))
                .isEqualTo("List the children of a customer");
    }

    @Test
    void summaryWhenAnyCatalogueEndpointThenNamesItsRecordsInWords() {
        assertThat(ScopeCatalogue.endpoints()).allSatisfy(endpoint -> assertThat(OperationSummaries.of(endpoint))
                .doesNotContain("{", "/", "null").matches("^(List|Get|Create|Replace|Update) .*"));
    }
}
