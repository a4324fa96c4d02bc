package io.gatehouse.identity.api;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.gatehouse.shared.CacheInvalidations;
import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantJdbc;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserApiTests extends ApiTestSupport {

    @Autowired
    TenantJdbc jdbc;

    @Autowired
    CacheInvalidations invalidations;

    @Test
    void listWhenAdminClientThenSeededUsersOfItsTenantOnly() {
        ApiToken admin = token(ACME, adminClient().scopes("users:read"));

        HttpResponse<String> response = get(admin, "/api/v3/users?id[lte]=3&sort=id");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        List<Long> ids = new ArrayList<>();
        for (JsonNode user : json(response).get("items")) {
            ids.add(user.get("id").asLong());
            assertThat(user.get("email").asString()).endsWith("@acme.example");
            assertThat(user.has("passwordHash")).isFalse();
        }
        assertThat(ids).containsExactly(1L, 2L, 3L);
        JsonNode first = json(response).get("items").get(0);
        assertThat(first.get("username").asString()).isEqualTo("admin");
        assertThat(first.get("name").asString()).isEqualTo("Acme Admin");
        assertThat(first.get("role").asString()).isEqualTo("ADMIN");
        assertThat(first.get("active").asBoolean()).isTrue();
        assertThat(first.propertyNames()).containsExactly("id", "username", "name", "email", "role", "active");
    }

    @Test
    void listWhenFilteredByRoleThenOnlyThoseUsers() {
        ApiToken admin = token(ACME, adminClient().scopes("users:read"));

        JsonNode page = json(get(admin, "/api/v3/users?role=STAFF&username%5Bgte%5D=staff1&sort=-username"));

        assertThat(page.get("items").get(0).get("username").asString()).isEqualTo("staff2");
        page.get("items").forEach(u -> assertThat(u.get("role").asString()).isEqualTo("STAFF"));
    }

    @Test
    void getWhenAdminClientThenUserOfItsTenant() {
        ApiToken admin = token(GLOBEX, adminClient().scopes("users:read"));

        HttpResponse<String> response = get(admin, "/api/v3/users/1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("name").asString()).isEqualTo("Globex Admin");
        assertThat(json(response).get("email").asString()).isEqualTo("admin@globex.example");
    }

    @Test
    void getWhenNoSuchUserThenSharedNotFound() {
        ApiToken admin = token(ACME, adminClient().scopes("users:read"));

        HttpResponse<String> response = get(admin, "/api/v3/users/999999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(ProblemResponses.NOT_FOUND);
    }

    @Test
    void getWhenOwnerIsStaffThenInsufficientScope() {
        ApiToken staffOwned = token(ACME, adminClient().scopes("users:read", "customers:read"));
        TenantContext.runAs(tenants.find(ACME).orElseThrow(), () -> jdbc.sql(
                "update oauth_client set owner_user_id = :owner where tenant_id = :tenant and id = :id")
                .param("owner", ClientFixtures.STAFF_USER_ID).param("id", staffOwned.clientPk()).update());
        // The console never changes an owner: a writer around it does, and announces the change.
        invalidations.publish("clients", ACME + ":" + staffOwned.clientPk());

        for (String path : List.of("/api/v3/users", "/api/v3/users/1")) {
            HttpResponse<String> response = get(staffOwned, path);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge -> assertThat(
                    challenge).contains("error=\"insufficient_scope\"").contains("scope=\"users:read\""));
            assertThat(json(response).get("scope").asString()).isEqualTo("users:read");
        }
        assertThat(get(staffOwned, "/api/v3/customers/1").statusCode()).isEqualTo(200);
    }

    @Test
    void getWhenEmailExcludedThenAbsentEverywhereAndUnknownToFiltersAndSort() {
        ApiToken admin = token(ACME, adminClient().scopes("users:read").excludedFields("user.email"));

        JsonNode one = json(get(admin, "/api/v3/users/1"));
        JsonNode page = json(get(admin, "/api/v3/users"));
        HttpResponse<String> byEmail = get(admin, "/api/v3/users?email=admin@acme.example");
        HttpResponse<String> byNothing = get(admin, "/api/v3/users?nothing=admin@acme.example");
        HttpResponse<String> sortEmail = get(admin, "/api/v3/users?sort=email");
        HttpResponse<String> sortNothing = get(admin, "/api/v3/users?sort=nothing");

        assertThat(one.has("email")).isFalse();
        assertThat(one.get("username").asString()).isEqualTo("admin");
        page.get("items").forEach(u -> assertThat(u.has("email")).isFalse());
        assertThat(byEmail.statusCode()).isEqualTo(400);
        assertThat(byEmail.body().replace("email", "X")).isEqualTo(byNothing.body().replace("nothing", "X"));
        assertThat(sortEmail.statusCode()).isEqualTo(400);
        assertThat(sortEmail.body().replace("email", "X")).isEqualTo(sortNothing.body().replace("nothing", "X"));
    }
}
