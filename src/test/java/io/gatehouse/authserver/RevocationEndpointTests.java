package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.TenantHttp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RevocationEndpointTests extends AuthServerTestSupport {

    @Autowired
    Sessions sessions;

    @Test
    void revokeWhenOwnerThenOkAndTokenInactiveAtOnce() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);
        String other = issueToken(ACME, client);

        HttpResponse<String> response = revoke(ACME, client, token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertNotCached(response);
        assertThat(active(ACME, client, token)).isFalse();
        assertThat(active(ACME, client, other)).as("only the revoked token").isTrue();
        assertThat(as(ACME, () -> sessions.countActive(client.client().id()))).isEqualTo(1);
    }

    @Test
    void revokeWhenOwnerUsesPostAuthAndTypeHintThenRevoked() {
        CreatedClient client = create(ACME, ClientFixtures.customerClient().build());
        String token = issueToken(ACME, client);

        HttpResponse<String> response = http.postForm(ACME, UnservedEndpointsFilter.REVOKE, TenantHttp.form(
                "token", token, "token_type_hint", "access_token",
                "client_id", client.client().clientId(), "client_secret", client.secret()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(active(ACME, client, token)).isFalse();
    }

    @Test
    void revokeWhenWrongTypeHintThenStillRevoked() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);

        HttpResponse<String> response = http.postForm(ACME, UnservedEndpointsFilter.REVOKE,
                TenantHttp.form("token", token, "token_type_hint", "refresh_token"),
                "Authorization", TenantHttp.basic(client.client().clientId(), client.secret()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(active(ACME, client, token)).isFalse();
    }

    @Test
    void revokeWhenAnotherClientThenRefusedAndTokenStillActive() {
        CreatedClient owner = create(ACME, ClientFixtures.adminClient().build());
        CreatedClient stranger = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, owner);

        HttpResponse<String> response = revoke(ACME, stranger, token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asString()).isEqualTo("unauthorized_client");
        assertNotCached(response);
        assertThat(active(ACME, owner, token)).isTrue();
    }

    @Test
    void revokeWhenClientOfAnotherTenantThenInvalidClientAndTokenStillActive() {
        CreatedClient owner = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, owner);
        CreatedClient globexClient = create(GLOBEX, ClientFixtures.adminClient().build());

        assertInvalidClient(revoke(ACME, globexClient, token));
        HttpResponse<String> onGlobex = revoke(GLOBEX, globexClient, token);

        assertThat(onGlobex.statusCode()).as("unknown on globex, so nothing to revoke").isEqualTo(200);
        assertThat(active(ACME, owner, token)).isTrue();
    }

    @Test
    void revokeWhenTokenUnknownOrAlreadyRevokedThenOk() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);
        revoke(ACME, client, token);

        assertThat(revoke(ACME, client, token).statusCode()).isEqualTo(200);
        assertThat(revoke(ACME, client, "gat_neverissued").statusCode()).isEqualTo(200);
    }

    @Test
    void revokeWhenNoCredentialsThenInvalidClientAndTokenStillActive() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);

        assertInvalidClient(http.postForm(ACME, UnservedEndpointsFilter.REVOKE, TenantHttp.form("token", token)));
        assertThat(active(ACME, client, token)).isTrue();
    }

    @Test
    void revokeWhenTokenMissingThenInvalidRequest() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());

        HttpResponse<String> response = http.postForm(ACME, UnservedEndpointsFilter.REVOKE, TenantHttp.form(),
                "Authorization", TenantHttp.basic(client.client().clientId(), client.secret()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_request");
    }
}
