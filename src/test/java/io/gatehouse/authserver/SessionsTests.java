package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.TenantHttp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionsTests extends AuthServerTestSupport {

    @Autowired
    Sessions sessions;

    @Autowired
    AccessTokens accessTokens;

    @Autowired
    SessionUsage usage;

    @Test
    void listWhenTokensIssuedThenLiveSessionsNewestFirstWithRequester() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        tokenFrom(client, "billing-sync/1.0", "orders:read");
        String second = tokenFrom(client, "billing-sync/2.0", "customers:read");
        String expired = issueToken(ACME, client);
        expireSession(ACME, expired);

        List<ClientSession> list = as(ACME, () -> sessions.list(client.client().id()));

        assertThat(list).extracting(ClientSession::userAgent).containsExactly("billing-sync/2.0", "billing-sync/1.0");
        assertThat(list).extracting(ClientSession::requesterIp).containsOnly("127.0.0.1");
        ClientSession newest = list.get(0);
        assertThat(newest.scopes()).containsExactly("customers:read");
        assertThat(newest.clientPk()).isEqualTo(client.client().id());
        assertThat(newest.expiresAt()).isEqualTo(newest.issuedAt().plus(1, ChronoUnit.HOURS));
        assertThat(newest.revokedAt()).isNull();
        assertThat(newest.requestCount()).isZero();
        assertThat(as(ACME, () -> accessTokens.check(second)))
                .isInstanceOfSatisfying(TokenCheck.Active.class, a -> assertThat(a.sessionId()).isEqualTo(newest.id()));
        assertThat(as(ACME, () -> sessions.countActive(client.client().id()))).isEqualTo(2);
    }

    @Test
    void revokeWhenSessionLiveThenItsTokenStopsWorking() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);
        String sessionId = as(ACME, () -> sessions.list(client.client().id())).get(0).id();

        boolean revoked = as(ACME, () -> sessions.revoke(client.client().id(), sessionId));

        assertThat(revoked).isTrue();
        assertThat(active(ACME, client, token)).isFalse();
        assertThat(as(ACME, () -> sessions.list(client.client().id()))).isEmpty();
        assertThat(as(ACME, () -> sessions.revoke(client.client().id(), sessionId))).as("already revoked").isFalse();
    }

    @Test
    void revokeWhenSessionBelongsToAnotherClientThenNothingHappens() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        CreatedClient other = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);
        String sessionId = as(ACME, () -> sessions.list(client.client().id())).get(0).id();

        assertThat(as(ACME, () -> sessions.revoke(other.client().id(), sessionId))).isFalse();
        assertThat(active(ACME, client, token)).isTrue();
    }

    @Test
    void pageWhenManySessionsThenNewestFirstInPagesWithTotal() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        for (int i = 0; i < 5; i++) {
            issueToken(ACME, client);
        }
        List<String> all = as(ACME, () -> sessions.list(client.client().id())).stream().map(ClientSession::id).toList();

        SessionPage first = as(ACME, () -> sessions.page(client.client().id(), 0, 2));
        SessionPage last = as(ACME, () -> sessions.page(client.client().id(), 4, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(ClientSession::id).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(ClientSession::id).containsExactly(all.get(4));
        assertThat(last.hasNext()).isFalse();
        assertThat(as(GLOBEX, () -> sessions.page(client.client().id(), 0, 2)).items()).isEmpty();
    }

    @Test
    void usageWhenTokensUsedThenLiveCountAndLastUsePerClient() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        CreatedClient revoked = create(ACME, ClientFixtures.adminClient().build());
        issueToken(ACME, client);
        issueToken(ACME, client);
        issueToken(ACME, revoked);
        String sessionId = as(ACME, () -> sessions.list(client.client().id())).get(0).id();
        Instant used = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        as(ACME, () -> {
            sessions.recordUse(sessionId, used);
            clients.revoke(revoked.client().id(), "test");
            return null;
        });
        usage.flush();

        Map<Long, ClientUsage> usage = as(ACME, () -> sessions.usage());

        assertThat(usage.get(client.client().id())).isEqualTo(new ClientUsage(2, used));
        assertThat(usage.get(revoked.client().id()).activeSessions()).isZero();
        assertThat(as(GLOBEX, () -> sessions.usage())).doesNotContainKey(client.client().id());
    }

    @Test
    void revokeAllWhenClientHasLiveSessionsThenAllOfThemAndNoOtherClients() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        CreatedClient other = create(ACME, ClientFixtures.adminClient().build());
        String first = issueToken(ACME, client);
        String second = issueToken(ACME, client);
        String othersToken = issueToken(ACME, other);

        int revoked = as(ACME, () -> sessions.revokeAll(client.client().id()));

        assertThat(revoked).isEqualTo(2);
        assertThat(active(ACME, other, first)).isFalse();
        assertThat(active(ACME, other, second)).isFalse();
        assertThat(active(ACME, other, othersToken)).isTrue();
        assertThat(as(ACME, () -> sessions.countActive(client.client().id()))).isZero();
        assertThat(as(ACME, () -> sessions.countActive(other.client().id()))).isEqualTo(1);
    }

    @Test
    void listWhenClientRevokedThenNoLiveSessions() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        issueToken(ACME, client);
        as(ACME, () -> {
            clients.revoke(client.client().id(), "test");
            return null;
        });

        assertThat(as(ACME, () -> sessions.list(client.client().id()))).isEmpty();
        assertThat(as(ACME, () -> sessions.countActive(client.client().id()))).isZero();
    }

    @Test
    void recordUseWhenCalledTwiceThenCountedAndLatestUseKept() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        issueToken(ACME, client);
        String sessionId = as(ACME, () -> sessions.list(client.client().id())).get(0).id();
        Instant later = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        Instant earlier = later.minusSeconds(3);

        as(ACME, () -> {
            sessions.recordUse(sessionId, later);
            sessions.recordUse(sessionId, earlier);
            return null;
        });
        usage.flush();

        ClientSession session = as(ACME, () -> sessions.list(client.client().id())).get(0);
        assertThat(session.requestCount()).isEqualTo(2);
        assertThat(session.lastUsedAt()).as("a late-arriving older use does not move it back").isEqualTo(later);
    }

    @Test
    void revokeWhenSessionOfAnotherTenantThenNothingHappens() {
        CreatedClient acmeClient = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, acmeClient);
        String sessionId = as(ACME, () -> sessions.list(acmeClient.client().id())).get(0).id();

        assertThat(as(GLOBEX, () -> sessions.revoke(acmeClient.client().id(), sessionId))).isFalse();
        assertThat(as(GLOBEX, () -> sessions.revokeAll(acmeClient.client().id()))).isZero();
        assertThat(as(GLOBEX, () -> sessions.list(acmeClient.client().id()))).isEmpty();
        assertThat(active(ACME, acmeClient, token)).isTrue();
    }

    private String tokenFrom(CreatedClient client, String userAgent, String scope) {
        HttpResponse<String> response = http.postForm(ACME, UnservedEndpointsFilter.TOKEN,
                TenantHttp.form("grant_type", "client_credentials", "scope", scope),
                "Authorization", TenantHttp.basic(client.client().clientId(), client.secret()),
                "User-Agent", userAgent);
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response).get("access_token").asString();
    }
}
