package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.gatehouse.access.ScopeCatalogue;
import io.gatehouse.support.TenantHttp;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class MetadataEndpointTests extends AuthServerTestSupport {

    @Test
    void metadataWhenAskedOnTenantThenIssuerAndEndpointsAreTheTenantOrigin() {
        for (String tenant : List.of(ACME, GLOBEX)) {
            String origin = "http://" + TenantHttp.host(tenant, port);

            HttpResponse<String> response = http.get(tenant, ServerMetadata.PATH);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertNotCached(response);
            JsonNode body = json(response);
            assertThat(body.get("issuer").asString()).isEqualTo(origin);
            assertThat(body.get("token_endpoint").asString()).isEqualTo(origin + "/oauth2/token");
            assertThat(body.get("introspection_endpoint").asString()).isEqualTo(origin + "/oauth2/introspect");
            assertThat(body.get("revocation_endpoint").asString()).isEqualTo(origin + "/oauth2/revoke");
        }
    }

    @Test
    void metadataWhenAskedThenAdvertisesOnlyWhatIsSupported() {
        JsonNode body = json(http.get(ACME, ServerMetadata.PATH));

        assertThat(strings(body, "grant_types_supported")).containsExactly("client_credentials");
        for (String field : List.of("token_endpoint_auth_methods_supported",
                "introspection_endpoint_auth_methods_supported", "revocation_endpoint_auth_methods_supported")) {
            assertThat(strings(body, field)).as(field)
                    .containsExactlyInAnyOrder("client_secret_basic", "client_secret_post");
        }
        assertThat(strings(body, "scopes_supported")).containsExactlyElementsOf(ScopeCatalogue.names());
        assertThat(strings(body, "response_types_supported")).isEmpty();
        assertThat(body.has("authorization_endpoint")).isFalse();
        assertThat(body.has("jwks_uri")).isFalse();
        assertThat(body.has("device_authorization_endpoint")).isFalse();
        assertThat(body.has("pushed_authorization_request_endpoint")).isFalse();
        assertThat(body.has("registration_endpoint")).isFalse();
        assertThat(body.has("code_challenge_methods_supported")).isFalse();
        assertThat(body.has("dpop_signing_alg_values_supported")).isFalse();
        assertThat(body.has("tls_client_certificate_bound_access_tokens")).isFalse();
    }

    @Test
    void requestWhenEndpointNotServedThenNotFound() {
        List<HttpRequest.Builder> requests = List.of(
                http.request(ACME, "/oauth2/authorize?response_type=code&client_id=x&redirect_uri=http://evil")
                        .GET(),
                http.request(ACME, "/oauth2/authorize").POST(HttpRequest.BodyPublishers.noBody()),
                http.request(ACME, "/oauth2/jwks").GET(),
                http.request(ACME, "/oauth2/device_authorization").POST(HttpRequest.BodyPublishers.noBody()),
                http.request(ACME, "/oauth2/device_verification").GET(),
                http.request(ACME, "/oauth2/par").POST(HttpRequest.BodyPublishers.noBody()),
                http.request(ACME, "/oauth2/register").POST(HttpRequest.BodyPublishers.noBody()),
                http.request(ACME, "/.well-known/openid-configuration").GET(),
                http.request(ACME, "/connect/register").POST(HttpRequest.BodyPublishers.noBody()),
                http.request(ACME, "/userinfo").GET());

        for (HttpRequest.Builder request : requests) {
            HttpResponse<String> response = http.send(request);

            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
            assertNotCached(response);
        }
    }

    @Test
    void servedEndpointWhenWrongMethodThenMethodNotAllowed() {
        HttpResponse<String> getToken = http.get(ACME, "/oauth2/token?grant_type=client_credentials");
        HttpResponse<String> postMetadata = http.postForm(ACME, ServerMetadata.PATH, TenantHttp.form());

        assertThat(getToken.statusCode()).isEqualTo(405);
        assertThat(getToken.headers().firstValue("Allow")).contains("POST");
        assertThat(postMetadata.statusCode()).isEqualTo(405);
        assertThat(postMetadata.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void metadataWhenTenantUnknownThenNotFound() {
        HttpResponse<String> response = http.get("nosuchshop", ServerMetadata.PATH);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("issuer");
    }

    private static List<String> strings(JsonNode body, String field) {
        List<String> values = new ArrayList<>();
        body.get(field).forEach(node -> values.add(node.asString()));
        return values;
    }
}
