package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.gatehouse.clients.CreatedClient;
import io.gatehouse.clients.RotationGrace;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The token endpoint as the client's state changes: expiry, revocation, owner, tenant, secret rotation, lifetime. */
class TokenEndpointClientStateTests extends AuthServerTestSupport {

    @Autowired
    UserDirectory users;

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
    void tokenLifetimeWhenTenantSettingChangedThenFollowsIt() {
        Tenant globex = tenant(GLOBEX);
        CreatedClient client = create(GLOBEX, ClientFixtures.adminClient().build());
        // A token before the change: the client the token endpoint built for it must not outlive the setting.
        assertThat(json(tokenBasic(GLOBEX, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials")).get("expires_in").asLong()).isGreaterThan(900L);
        TenantContext.runAs(globex,
                () -> tenants.updateSettings(globex.apiEnabled(), Duration.ofMinutes(15), globex.logRetentionDays()));
        try {
            HttpResponse<String> response = tokenBasic(GLOBEX, client.client().clientId(), client.secret(),
                    "grant_type", "client_credentials");

            assertThat(json(response).get("expires_in").asLong()).isBetween(895L, 900L);
        }
        finally {
            TenantContext.runAs(globex, () -> tenants.updateSettings(globex.apiEnabled(), globex.accessTokenTtl(),
                    globex.logRetentionDays()));
        }
    }
}
