package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.gatehouse.clients.ClientEdit;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.TenantHttp;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class IntrospectionEndpointTests extends AuthServerTestSupport {

    @Test
    void introspectWhenTokenActiveThenRfc7662Fields() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client, "scope", "orders:read customers:read");

        HttpResponse<String> response = introspect(ACME, client, token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertNotCached(response);
        JsonNode body = json(response);
        assertThat(body.get("active").asBoolean()).isTrue();
        assertThat(body.get("client_id").asString()).isEqualTo(client.client().clientId());
        assertThat(body.get("sub").asString()).isEqualTo(client.client().clientId());
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("scope").asString().split(" ")).containsExactlyInAnyOrder("orders:read", "customers:read");
        assertThat(body.get("iss").asString()).isEqualTo("http://" + TenantHttp.host(ACME, port));
        long iat = body.get("iat").asLong();
        assertThat(iat).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond());
        assertThat(body.get("exp").asLong() - iat).as("tenant default lifetime").isEqualTo(3600);
    }

    @Test
    void introspectWhenCallerIsAnotherClientOfSameTenantThenActive() {
        CreatedClient owner = create(ACME, ClientFixtures.customerClient().build());
        CreatedClient resourceServer = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, owner);

        JsonNode body = json(introspect(ACME, resourceServer, token));

        assertThat(body.get("active").asBoolean()).isTrue();
        assertThat(body.get("client_id").asString()).isEqualTo(owner.client().clientId());
    }

    @Test
    void introspectWhenCallerUsesPostAuthThenAnswered() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);

        HttpResponse<String> response = http.postForm(ACME, UnservedEndpointsFilter.INTROSPECT, TenantHttp.form(
                "token", token, "client_id", client.client().clientId(), "client_secret", client.secret()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("active").asBoolean()).isTrue();
    }

    @Test
    void introspectWhenTokenUnknownThenOnlyInactive() {
        CreatedClient caller = create(ACME, ClientFixtures.adminClient().build());

        for (String token : List.of("gat_unknown", "not-even-ours", "")) {
            HttpResponse<String> response = introspect(ACME, caller, token);
            if (token.isEmpty()) {
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(json(response).get("error").asString()).isEqualTo("invalid_request");
                continue;
            }
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"active\":false}");
            assertNotCached(response);
        }
    }

    @Test
    void introspectWhenTokenIssuedOnAnotherTenantThenInactive() {
        CreatedClient acmeClient = create(ACME, ClientFixtures.adminClient().build());
        CreatedClient globexClient = create(GLOBEX, ClientFixtures.adminClient().build());
        String acmeToken = issueToken(ACME, acmeClient);

        HttpResponse<String> onGlobex = introspect(GLOBEX, globexClient, acmeToken);

        assertThat(onGlobex.statusCode()).isEqualTo(200);
        assertThat(onGlobex.body()).isEqualTo("{\"active\":false}");
        assertThat(active(ACME, acmeClient, acmeToken)).isTrue();
    }

    @Test
    void introspectWhenCallerIsClientOfAnotherTenantThenInvalidClient() {
        CreatedClient acmeClient = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, acmeClient);

        assertInvalidClient(introspect(GLOBEX, acmeClient, token));
    }

    @Test
    void introspectWhenNoCredentialsThenInvalidClient() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);

        assertInvalidClient(http.postForm(ACME, UnservedEndpointsFilter.INTROSPECT, TenantHttp.form("token", token)));
    }

    @Test
    void introspectWhenTokenExpiredThenInactive() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);

        expireSession(ACME, token);

        assertThat(active(ACME, client, token)).isFalse();
    }

    @Test
    void introspectWhenClientExpiredThenItsTokensInactive() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        CreatedClient caller = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);

        setClientExpiry(ACME, client.client().id(), Instant.now().minusSeconds(1));

        assertThat(active(ACME, caller, token)).isFalse();
    }

    @Test
    void introspectWhenScopeRemovedFromClientThenLiveTokenLosesIt() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client, "scope", "orders:read customers:read");

        as(ACME, () -> clients.edit(client.client().id(), new ClientEdit(client.client().name(),
                List.of("orders:read", "users:read"), List.of(),
                LocalDate.ofInstant(client.client().expiresAt(), ZoneOffset.UTC)), "test"));

        assertThat(json(introspect(ACME, client, token)).get("scope").asString()).isEqualTo("orders:read");
    }
}
