package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.TenantHttp;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** The token request itself: authentication methods, scopes, grant types and every RFC 6749 §5.2 error. */
class TokenEndpointTests extends AuthServerTestSupport {

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
    void tokenWhenWrongSecretFromBrowserScriptThenInvalidClientWithoutChallenge() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> response = http.postForm(ACME, UnservedEndpointsFilter.TOKEN,
                TenantHttp.form("grant_type", "client_credentials"),
                "Authorization", TenantHttp.basic(client.client().clientId(), client.secret() + "x"),
                "X-Requested-With", "XMLHttpRequest");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_client");
        assertThat(response.headers().allValues("WWW-Authenticate")).isEmpty();
        assertNotCached(response);
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
    void tokenWhenGrantTypeRepeatedThenInvalidRequest() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> response = http.send(http.request(ACME, UnservedEndpointsFilter.TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", TenantHttp.basic(client.client().clientId(), client.secret()))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&grant_type=client_credentials")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_request");
        assertNotCached(response);
    }

    @Test
    void tokenWhenTenantHostUnknownThenNotFound() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> response = tokenBasic("nosuchshop", client.client().clientId(), client.secret(),
                "grant_type", "client_credentials");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("invalid_client");
    }
}
