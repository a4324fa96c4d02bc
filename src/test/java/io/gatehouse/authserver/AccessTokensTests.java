package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.gatehouse.clients.ClientEdit;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.support.ClientFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccessTokensTests extends AuthServerTestSupport {

    @Autowired
    AccessTokens accessTokens;

    @Autowired
    UserDirectory users;

    @Test
    void checkWhenTokenLiveThenActiveWithItsSessionClientAndScopes() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client, "scope", "orders:read");

        TokenCheck check = as(ACME, () -> accessTokens.check(token));

        assertThat(check).isInstanceOfSatisfying(TokenCheck.Active.class, active -> {
            assertThat(active.clientPk()).isEqualTo(client.client().id());
            assertThat(active.clientId()).isEqualTo(client.client().clientId());
            assertThat(active.client().accessLevel()).isEqualTo(client.client().accessLevel());
            assertThat(active.scopes()).containsExactly("orders:read");
            assertThat(active.expiresAt()).isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(3601));
            assertThat(as(ACME, () -> sessionIds(client))).containsExactly(active.sessionId());
        });
    }

    @Test
    void checkWhenTokenNotOursThenTokenUnknown() {
        for (String token : new String[] { null, "", "abc", "gat_neverissued", "gat_" + "x".repeat(1000) }) {
            TokenCheck check = as(ACME, () -> accessTokens.check(token));

            assertThat(check).isEqualTo(new TokenCheck.Refused(RefusalReason.TOKEN_UNKNOWN, null, null));
        }
    }

    @Test
    void checkWhenTokenIssuedOnAnotherTenantThenTokenUnknown() {
        String token = issueToken(ACME, create(ACME, ClientFixtures.adminClient().build()));

        assertThat(as(GLOBEX, () -> accessTokens.check(token)))
                .isEqualTo(new TokenCheck.Refused(RefusalReason.TOKEN_UNKNOWN, null, null));
    }

    @Test
    void checkWhenTokenRevokedThenTokenRevoked() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);
        revoke(ACME, client, token);

        assertRefused(token, RefusalReason.TOKEN_REVOKED, client);
    }

    @Test
    void checkWhenTokenExpiredThenTokenExpired() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);
        expireSession(ACME, token);

        assertRefused(token, RefusalReason.TOKEN_EXPIRED, client);
    }

    @Test
    void checkWhenClientRevokedThenClientRevokedEvenIfTokenAlsoRevoked() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);
        revoke(ACME, client, token);
        as(ACME, () -> {
            clients.revoke(client.client().id(), "test");
            return null;
        });

        assertRefused(token, RefusalReason.CLIENT_REVOKED, client);
    }

    @Test
    void checkWhenClientExpiredThenClientExpired() {
        CreatedClient client = create(ACME, ClientFixtures.customerClient().build());
        String token = issueToken(ACME, client);
        setClientExpiry(ACME, client.client().id(), Instant.now().minusSeconds(1));

        assertRefused(token, RefusalReason.CLIENT_EXPIRED, client);
    }

    @Test
    void checkWhenAdminClientOwnerDeactivatedThenOwnerDeactivated() {
        ConsoleUser owner = as(ACME, () -> users.create("owner-" + UUID.randomUUID(), "Owner", null,
                "owner-password-123", Role.STAFF));
        CreatedClient client = create(ACME, ClientFixtures.adminClient().ownerUserId(owner.id())
                .scopes("orders:read").build());
        String token = issueToken(ACME, client);
        as(ACME, () -> {
            users.setActive(owner.id(), false);
            return null;
        });

        assertRefused(token, RefusalReason.OWNER_DEACTIVATED, client);
    }

    @Test
    void checkWhenScopeRemovedFromClientThenActiveWithoutIt() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);
        as(ACME, () -> clients.edit(client.client().id(), new ClientEdit(client.client().name(),
                List.of("customers:read"), List.of(), LocalDate.ofInstant(client.client().expiresAt(), ZoneOffset.UTC)),
                "test"));

        TokenCheck check = as(ACME, () -> accessTokens.check(token));

        assertThat(check).isInstanceOfSatisfying(TokenCheck.Active.class,
                active -> assertThat(active.scopes()).containsExactly("customers:read"));
    }

    @Test
    void codeWhenAnyReasonThenTheDocumentedMachineReadableCode() {
        assertThat(List.of(RefusalReason.values()).stream().map(RefusalReason::code)).containsExactly(
                "token_unknown", "token_expired", "token_revoked", "client_revoked", "client_expired",
                "owner_deactivated");
    }

    private void assertRefused(String token, RefusalReason reason, CreatedClient client) {
        TokenCheck check = as(ACME, () -> accessTokens.check(token));

        assertThat(check).isInstanceOfSatisfying(TokenCheck.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.clientPk()).isEqualTo(client.client().id());
            assertThat(refused.sessionId()).isNotBlank();
        });
    }

    private List<String> sessionIds(CreatedClient client) {
        return jdbc.sql("select id from oauth_session where tenant_id = 'acme' and client_pk = :pk")
                .param("pk", client.client().id()).query(String.class).list();
    }
}
