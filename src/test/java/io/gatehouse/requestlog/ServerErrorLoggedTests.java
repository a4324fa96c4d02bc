package io.gatehouse.requestlog;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.util.Map;

import io.gatehouse.shop.locations.Locations;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.support.LoggedRequests;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** A request that fails inside Gatehouse is answered 500 and logged with reason server_error, nothing more. */
class ServerErrorLoggedTests extends ApiTestSupport {

    @MockitoBean
    Locations locations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void apiRequestWhenServerFailsThenLoggedAsServerErrorWithoutTheFailure() {
        when(locations.find(anyLong())).thenThrow(new IllegalStateException("connection to db-7 lost: secret detail"));
        ApiToken token = token(ACME, adminClient().scopes("locations:read"));

        HttpResponse<String> response = get(token, "/api/v3/locations/1");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("db-7");
        Map<String, Object> entry = new LoggedRequests(jdbc).entryOf(response);
        assertThat(((Number) entry.get("status")).intValue()).isEqualTo(500);
        assertThat(entry.get("reason_code")).isEqualTo("server_error");
        assertThat((String) entry.get("reason_sentence")).isNotBlank().doesNotContain("db-7");
        assertThat(((Number) entry.get("client_pk")).longValue()).isEqualTo(token.clientPk());
    }
}
