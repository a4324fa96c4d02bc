package io.gatehouse.shop.locations.web;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** Locations and statuses: read-only shop data, so whole-collection counts are stable. */
class LocationAndStatusApiTests extends ApiTestSupport {

    @Test
    void getLocationWhenAdminThenNameAndAddress() {
        ApiToken admin = token(ACME, adminClient().scopes("locations:read"));
        HttpResponse<String> response = get(admin, "/api/v3/locations/2");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode location = json(response);
        assertThat(names(location)).containsExactlyInAnyOrder("id", "name", "address");
        assertThat(location.get("name").asString()).isEqualTo("Tampere service point");
        assertThat(location.get("address").asString()).isEqualTo("Hämeenkatu 20, 33200 Tampere");
    }

    @Test
    void listLocationsWhenAdminThenAllByName() {
        ApiToken admin = token(ACME, adminClient().scopes("locations:read"));
        JsonNode page = json(get(admin, "/api/v3/locations"));
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(ids(page)).containsExactly(3L, 1L, 2L);
        assertThat(ids(json(get(admin, "/api/v3/locations?name=Kamppi%20workshop")))).containsExactly(1L);
        assertThat(ids(json(get(admin, "/api/v3/locations?sort=-id&limit=2&offset=1")))).containsExactly(2L, 1L);
    }

    @Test
    void getStatusWhenAdminThenCodeNameAndClosed() {
        ApiToken admin = token(ACME, adminClient().scopes("statuses:read"));
        HttpResponse<String> response = get(admin, "/api/v3/statuses/5");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode status = json(response);
        assertThat(names(status)).containsExactlyInAnyOrder("id", "code", "name", "closed");
        assertThat(status.get("code").asString()).isEqualTo("CLOSED");
        assertThat(status.get("name").asString()).isEqualTo("Closed");
        assertThat(status.get("closed").asBoolean()).isTrue();
    }

    @Test
    void listStatusesWhenAdminThenWorkflowOrderAndFilters() {
        ApiToken admin = token(ACME, adminClient().scopes("statuses:read"));
        JsonNode page = json(get(admin, "/api/v3/statuses"));
        assertThat(page.get("totalItems").asLong()).isEqualTo(6);
        assertThat(ids(page)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(page.get("items").get(0).get("code").asString()).isEqualTo("OPEN");
        assertThat(ids(json(get(admin, "/api/v3/statuses?closed=true")))).containsExactly(5L, 6L);
        assertThat(ids(json(get(admin, "/api/v3/statuses?code=READY")))).containsExactly(4L);
        assertThat(ids(json(get(admin, "/api/v3/statuses?sort=-name&limit=2")))).containsExactly(3L, 4L);
    }

    @Test
    void listWhenPagedThenLimitOffsetAndTooLargePageRefused() {
        ApiToken admin = token(ACME, adminClient().scopes("locations:read", "statuses:read"));
        JsonNode page = json(get(admin, "/api/v3/statuses?limit=2&offset=2"));
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("offset").asInt()).isEqualTo(2);
        assertThat(page.get("totalItems").asLong()).isEqualTo(6);
        assertThat(ids(page)).containsExactly(3L, 4L);
        for (String path : List.of("/api/v3/locations?limit=101", "/api/v3/statuses?limit=101")) {
            HttpResponse<String> response = get(admin, path);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).get("parameter").asString()).isEqualTo("limit");
        }
    }

    @Test
    void getWhenNoSuchRecordThenNotFound() {
        ApiToken admin = token(ACME, adminClient().scopes("locations:read", "statuses:read"));
        for (String path : List.of("/api/v3/locations/999999", "/api/v3/statuses/999999")) {
            HttpResponse<String> response = get(admin, path);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo(ProblemResponses.NOT_FOUND);
        }
    }

    @Test
    void readWhenCustomerClientHoldsScopesThenEveryLocationAndStatus() {
        ApiToken customer = token(ACME, customerClient().scopes("locations:read", "statuses:read"));
        assertThat(json(get(customer, "/api/v3/locations")).get("totalItems").asLong()).isEqualTo(3);
        assertThat(get(customer, "/api/v3/locations/3").statusCode()).isEqualTo(200);
        assertThat(json(get(customer, "/api/v3/statuses")).get("totalItems").asLong()).isEqualTo(6);
        assertThat(get(customer, "/api/v3/statuses/6").statusCode()).isEqualTo(200);
    }

    @Test
    void readWhenFieldsExcludedThenAbsentAndAnsweredAsUnknownInFilterAndSort() {
        ApiToken customer = token(ACME, customerClient().scopes("locations:read", "statuses:read")
                .excludedFields("location.address", "status.closed"));
        assertThat(names(json(get(customer, "/api/v3/locations/1")))).containsExactlyInAnyOrder("id", "name");
        json(get(customer, "/api/v3/locations")).get("items")
                .forEach(item -> assertThat(names(item)).containsExactlyInAnyOrder("id", "name"));
        assertThat(names(json(get(customer, "/api/v3/statuses/5")))).containsExactlyInAnyOrder("id", "code", "name");
        json(get(customer, "/api/v3/statuses")).get("items")
                .forEach(item -> assertThat(names(item)).containsExactlyInAnyOrder("id", "code", "name"));

        assertAnsweredAsUnknown(customer, "/api/v3/locations?address=Tampere", "address");
        assertAnsweredAsUnknown(customer, "/api/v3/locations?sort=-address", "address");
        assertAnsweredAsUnknown(customer, "/api/v3/statuses?closed=true", "closed");
        assertAnsweredAsUnknown(customer, "/api/v3/statuses?sort=closed", "closed");
    }
}
