package io.gatehouse.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.CreatedUserToken;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.identity.UserTokens;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.support.LoggedRequests;
import io.gatehouse.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Legacy user tokens over real HTTP: everything their user may do, on every customer's records, with no field
 * hidden; refused when revoked, when the user is deactivated or on another tenant; logged as user tokens.
 */
class UserTokenApiTests extends ApiTestSupport {

    static final long ADMIN = 1;
    static final long STAFF = 2;

    @Autowired
    UserTokens userTokens;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void listWhenAdminUsersTokenThenEveryCustomerAndOrderOfTheTenant() {
        String token = create(ACME, ADMIN).rawToken();

        JsonNode customers = json(ok(call(ACME, token, "/api/v3/customers")));
        JsonNode orders = json(ok(call(ACME, token, "/api/v3/orders")));

        assertThat(customers.get("totalItems").asLong()).isEqualTo(count("customer", ACME));
        assertThat(orders.get("totalItems").asLong()).isEqualTo(count("repair_order", ACME));
    }

    @Test
    void orderLinesWhenUserTokenThenPurchasePriceShown() {
        String token = create(ACME, STAFF).rawToken();

        JsonNode lines = json(ok(call(ACME, token, "/api/v3/orders/1/lines")));

        assertThat(lines.get("items").size()).isPositive();
        lines.get("items").forEach(line -> assertThat(line.has("purchasePrice")).as(line.toString()).isTrue());
    }

    @Test
    void adminOnlyScopeWhenStaffUsersTokenThenForbiddenAndWhenAdminUsersTokenThenAllowed() {
        HttpResponse<String> staff = call(ACME, create(ACME, STAFF).rawToken(), "/api/v3/users");
        HttpResponse<String> admin = call(ACME, create(ACME, ADMIN).rawToken(), "/api/v3/users");

        assertThat(staff.statusCode()).as(staff.body()).isEqualTo(403);
        assertThat(json(staff).get("error").asString()).isEqualTo("insufficient_scope");
        assertThat(json(staff).get("scope").asString()).isEqualTo("users:read");
        assertThat(logged(staff)).satisfies(row -> assertThat(row.get("reason_sentence"))
                .isEqualTo("needs users:read; the user of this user token may not use it (admin users only)"));
        assertThat(json(ok(admin)).get("items").size()).isPositive();
    }

    @Test
    void requestWhenTokenRevokedThenUnauthorizedWithReason() {
        CreatedUserToken created = create(ACME, ADMIN);
        ok(call(ACME, created.rawToken(), "/api/v3/statuses"));
        as(ACME, () -> userTokens.revoke(created.token().id(), "test"));

        HttpResponse<String> response = call(ACME, created.rawToken(), "/api/v3/statuses");

        assertInvalidToken(response, "token_revoked");
        assertThat(logged(response)).satisfies(row -> {
            assertThat(row.get("user_token_id")).isEqualTo(created.token().id());
            assertThat(row.get("reason_code")).isEqualTo("token_revoked");
        });
    }

    @Test
    void requestWhenUserDeactivatedThenUnauthorized() {
        String name = "api" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleUser user = as(ACME, () -> users.create(name, "API user " + name, name + "@acme.example",
                "a-long-password-1", Role.ADMIN));
        String token = as(ACME, () -> userTokens.create(user.id(), "Deactivated", "test")).rawToken();
        ok(call(ACME, token, "/api/v3/users"));
        as(ACME, () -> {
            users.setActive(user.id(), false);
            return null;
        });

        assertInvalidToken(call(ACME, token, "/api/v3/users"), "user_deactivated");
    }

    @Test
    void requestWhenTokenOfOtherTenantThenUnauthorizedAsUnknown() {
        String globex = create(GLOBEX, ADMIN).rawToken();

        HttpResponse<String> response = call(ACME, globex, "/api/v3/orders");

        assertInvalidToken(response, "token_unknown");
        ok(call(GLOBEX, globex, "/api/v3/orders"));
    }

    @Test
    void requestWhenTokenCreatedYearsAgoThenStillAccepted() {
        CreatedUserToken created = create(ACME, STAFF);
        jdbc.sql("update user_token set created_at = :at where tenant_id = 'acme' and id = :id")
                .param("at", Instant.parse("2015-01-01T00:00:00Z").atOffset(ZoneOffset.UTC))
                .param("id", created.token().id()).update();

        ok(call(ACME, created.rawToken(), "/api/v3/orders"));
        // There is nothing a user token could expire by: no expiry column, unlike oauth_client and oauth_session.
        assertThat(jdbc.sql("select * from user_token where id = :id").param("id", created.token().id())
                .query().singleRow().keySet()).noneMatch(column -> column.toLowerCase().contains("expire"));
    }

    @Test
    void requestWhenAcceptedThenLoggedAsUserTokenWithoutClientAndCounted() {
        CreatedUserToken created = create(ACME, STAFF);

        HttpResponse<String> response = ok(call(ACME, created.rawToken(), "/api/v3/locations"));
        ok(call(ACME, created.rawToken(), "/api/v3/locations"));
        flushUsage();

        assertThat(logged(response)).satisfies(row -> {
            assertThat(row.get("user_token_id")).isEqualTo(created.token().id());
            assertThat(row.get("client_pk")).isNull();
            assertThat(row.get("session_id")).isNull();
            assertThat(row.get("status")).isEqualTo(200);
            assertThat(row.get("path")).isEqualTo("/api/v3/locations");
        });
        assertThat(as(ACME, () -> userTokens.find(created.token().id())).orElseThrow().requestCount()).isEqualTo(2);
    }

    private CreatedUserToken create(String tenant, long userId) {
        return as(tenant, () -> userTokens.create(userId, "API test", "test"));
    }

    private HttpResponse<String> call(String tenant, String token, String path) {
        return http.get(tenant, path, "Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static void assertInvalidToken(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_token");
        assertThat(json(response).get("reason").asString()).isEqualTo(reason);
    }

    /** The request's log row, by the id the response carries; the writer may store it a little later. */
    private Map<String, Object> logged(HttpResponse<String> response) {
        return new LoggedRequests(jdbc).entryOf(response);
    }

    private long count(String table, String tenant) {
        return jdbc.sql("select count(*) from " + table + " where tenant_id = :tenant").param("tenant", tenant)
                .query(Long.class).single();
    }

    private <T> T as(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenants.find(tenant).orElseThrow(), work);
    }
}
