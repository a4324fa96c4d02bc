package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

import io.gatehouse.clients.CreatedClient;
import io.gatehouse.clients.RotationGrace;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.TenantHttp;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TokenEndpointTests extends AuthServerTestSupport {

    @Autowired
    UserDirectory users;

    @Test
    void tokenWhenBasicAuthThenOpaqueBearerTokenWithEveryClientScope() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> response = tokenBasic(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertNotCached(response);
        JsonNode body = json(response);
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("access_token").asString()).startsWith("gat_").hasSizeGreaterThanOrEqualTo(4 + 43);
        // Counted from the moment the response is written, so a second may already be gone.
        assertThat(body.get("expires_in").asLong()).isBetween(3595L, 3600L);
        assertThat(scopes(body)).containsExactlyInAnyOrder("orders:read", "customers:read", "users:read");
        assertThat(body.has("refresh_token")).isFalse();
    }

    @Test
    void tokenWhenPostAuthThenIssued() {
        CreatedClient client = create(ACME, ClientFixtures.customerClient().build());

        HttpResponse<String> response = tokenPost(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials");

        assertThat(response.statusCode()).isEqualTo(200);
        assertNotCached(response);
        assertThat(json(response).get("access_token").asString()).startsWith("gat_");
        assertThat(scopes(json(response))).containsExactlyInAnyOrder("orders:read", "devices:read");
    }

    @Test
    void tokenWhenScopeIsSubsetThenOnlyThoseScopesGranted() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> response = tokenBasic(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials", "scope", "orders:read");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(scopes(json(response))).containsExactly("orders:read");
    }

    @Test
    void tokenWhenScopeNotGrantedToClientThenInvalidScope() {
        CreatedClient client = create(ACME, ClientFixtures.customerClient().build());

        HttpResponse<String> notGranted = tokenBasic(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials", "scope", "orders:read customers:read");
        HttpResponse<String> unknown = tokenBasic(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials", "scope", "everything");

        for (HttpResponse<String> response : new HttpResponse[] { notGranted, unknown }) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).get("error").asString()).isEqualTo("invalid_scope");
            assertNotCached(response);
        }
    }

    @Test
    void tokenWhenGrantTypeMissingThenInvalidRequest() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> response = tokenBasic(ACME, client.client().clientId(), client.secret(),
                "scope", "orders:read");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_request");
        assertNotCached(response);
    }

    @Test
    void tokenWhenGrantTypeIsNotClientCredentialsThenUnsupportedGrantType() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        for (String grantType : new String[] { "password", "authorization_code", "refresh_token",
                "urn:ietf:params:oauth:grant-type:device_code", "urn:ietf:params:oauth:grant-type:token-exchange",
                "urn:ietf:params:oauth:grant-type:jwt-bearer" }) {
            HttpResponse<String> response = tokenBasic(ACME, client.client().clientId(), client.secret(),
                    "grant_type", grantType, "code", "x", "refresh_token", "x", "device_code", "x",
                    "username", "admin", "password", "x");

            assertThat(response.statusCode()).as(grantType).isEqualTo(400);
            assertThat(json(response).get("error").asString()).as(grantType).isEqualTo("unsupported_grant_type");
            assertNotCached(response);
        }
    }

    @Test
    void tokenWhenWrongSecretThenInvalidClientWithBasicChallenge() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> response = tokenBasic(ACME, client.client().clientId(), client.secret() + "x",
                "grant_type", "client_credentials");

        assertInvalidClient(response);
    }

    @Test
    void tokenWhenUnknownClientIdThenSameAnswerAsWrongSecret() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> wrongSecret = tokenBasic(ACME, client.client().clientId(), "gcs_wrong",
                "grant_type", "client_credentials");
        HttpResponse<String> unknownId = tokenBasic(ACME, "gci_doesnotexist", "gcs_wrong",
                "grant_type", "client_credentials");

        assertInvalidClient(unknownId);
        assertSameAnswer(unknownId, wrongSecret);
    }

    @Test
    void tokenWhenWrongSecretByPostThenInvalidClient() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        assertInvalidClient(tokenPost(ACME, client.client().clientId(), "gcs_wrong",
                "grant_type", "client_credentials"));
    }

    @Test
    void tokenWhenNoCredentialsThenInvalidClient() {
        HttpResponse<String> none = http.postForm(ACME, UnservedEndpointsFilter.TOKEN,
                TenantHttp.form("grant_type", "client_credentials"));
        HttpResponse<String> idOnly = http.postForm(ACME, UnservedEndpointsFilter.TOKEN,
                TenantHttp.form("grant_type", "client_credentials", "client_id",
                        create(ACME, ClientFixtures.adminClient().build()).client().clientId()));

        assertInvalidClient(none);
        assertInvalidClient(idOnly);
    }

    @Test
    void tokenWhenClientExpiredThenInvalidClientAsIfUnknown() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        setClientExpiry(ACME, client.client().id(), Instant.now().minusSeconds(1));

        HttpResponse<String> response = tokenBasic(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials");

        assertInvalidClient(response);
        assertSameAnswer(response, tokenBasic(ACME, "gci_doesnotexist", "x", "grant_type", "client_credentials"));
    }

    @Test
    void tokenWhenClientRevokedThenInvalidClientAndEarlierTokenInactive() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        CreatedClient introspector = create(ACME, ClientFixtures.adminClient().build());
        String earlier = issueToken(ACME, client);
        assertThat(active(ACME, introspector, earlier)).isTrue();

        as(ACME, () -> {
            clients.revoke(client.client().id(), "test");
            return null;
        });

        assertInvalidClient(tokenBasic(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials"));
        assertThat(active(ACME, introspector, earlier)).isFalse();
    }

    @Test
    void tokenWhenAdminClientOwnerDeactivatedThenInvalidClientAndEarlierTokenInactive() {
        ConsoleUser owner = as(ACME, () -> users.create("owner-" + UUID.randomUUID(), "Owner", null,
                "owner-password-123", Role.STAFF));
        CreatedClient client = create(ACME, ClientFixtures.adminClient().ownerUserId(owner.id())
                .scopes("orders:read").build());
        CreatedClient introspector = create(ACME, ClientFixtures.adminClient().build());
        String earlier = issueToken(ACME, client);

        as(ACME, () -> {
            users.setActive(owner.id(), false);
            return null;
        });

        assertInvalidClient(tokenBasic(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials"));
        assertThat(active(ACME, introspector, earlier)).isFalse();
    }

    @Test
    void tokenWhenAcmeClientAsksGlobexThenInvalidClient() {
        CreatedClient acmeClient = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> response = tokenBasic(GLOBEX, acmeClient.client().clientId(), acmeClient.secret(),
                "grant_type", "client_credentials");

        assertInvalidClient(response);
    }

    @Test
    void tokenWhenSecretRotatedWithGraceThenOldAndNewSecretsBothWork() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        String newSecret = as(ACME, () -> clients.rotateSecret(client.client().id(), RotationGrace.ONE_HOUR, "test"));

        assertThat(tokenBasic(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials").statusCode()).isEqualTo(200);
        assertThat(tokenBasic(ACME, client.client().clientId(), newSecret,
                "grant_type", "client_credentials").statusCode()).isEqualTo(200);
    }

    @Test
    void tokenWhenSecretRotatedWithoutGraceThenOnlyNewSecretWorks() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        String newSecret = as(ACME, () -> clients.rotateSecret(client.client().id(), RotationGrace.NONE, "test"));

        assertInvalidClient(tokenBasic(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials"));
        assertThat(tokenBasic(ACME, client.client().clientId(), newSecret,
                "grant_type", "client_credentials").statusCode()).isEqualTo(200);
    }

    @Test
    void tokenLifetimeWhenClientExpiresSoonerThanTenantDefaultThenCappedAtClientExpiry() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        setClientExpiry(ACME, client.client().id(), Instant.now().plus(10, ChronoUnit.MINUTES));

        HttpResponse<String> response = tokenBasic(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("expires_in").asLong()).isBetween(590L, 600L);
    }

    @Test
    void tokenWhenTenantHostUnknownThenNotFound() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> response = tokenBasic("nosuchshop", client.client().clientId(), client.secret(),
                "grant_type", "client_credentials");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("invalid_client");
    }

    static String[] scopes(JsonNode body) {
        return body.get("scope").asString().split(" ");
    }

    static void assertNotCached(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().allValues("Pragma")).containsExactly("no-cache");
    }

    static void assertInvalidClient(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_client");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic "));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertNotCached(response);
    }

    static void assertSameAnswer(HttpResponse<String> one, HttpResponse<String> other) {
        assertThat(one.statusCode()).isEqualTo(other.statusCode());
        assertThat(one.body()).isEqualTo(other.body());
        assertThat(one.headers().allValues("WWW-Authenticate")).isEqualTo(other.headers().allValues("WWW-Authenticate"));
        assertThat(Arrays.asList(one.headers().map().keySet().toArray()))
                .containsExactlyInAnyOrderElementsOf(other.headers().map().keySet());
    }
}
