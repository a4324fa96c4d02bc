package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.tenancy.UseCount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tenant A (acme) can neither read nor change a row of tenant B (globex), through any operation of the
 * session store. Both tenants hold a session with the same id, so a missing tenant filter shows.
 */
class JdbcSessionStoreTenantIsolationTests extends AuthServerTestSupport {

    @Autowired
    SessionStore store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final String sharedId = UUID.randomUUID().toString();
    private long acmeClientPk;
    private long globexClientPk;
    private SessionRecord globexSession;

    @BeforeEach
    void twoTenantsWithTheSameSessionId() {
        CreatedClient acmeClient = create(ACME, ClientFixtures.adminClient().build());
        CreatedClient globexClient = create(GLOBEX, ClientFixtures.adminClient().build());
        acmeClientPk = acmeClient.client().id();
        globexClientPk = globexClient.client().id();
        SessionRecord acmeSession = session(acmeClientPk);
        globexSession = session(globexClientPk);
        as(ACME, () -> {
            store.insert(acmeSession);
            return null;
        });
        as(GLOBEX, () -> {
            store.insert(globexSession);
            return null;
        });
    }

    @Test
    void findByTokenHashWhenRowOfOtherTenantThenEmpty() {
        assertThat(as(ACME, () -> store.findByTokenHash(globexSession.tokenHash()))).isEmpty();
        assertThat(as(GLOBEX, () -> store.findByTokenHash(globexSession.tokenHash()))).isPresent();
    }

    /** The cached path (a token's second use on a node): same session id in both tenants, each keeps its own. */
    @Test
    void findByTokenHashWhenCachedInBothTenantsThenOwnRowOnlyAndRevocationStaysInItsTenant() {
        String acmeHash = as(ACME, () -> store.findById(sharedId)).orElseThrow().tokenHash();
        for (int use = 0; use < 2; use++) {
            assertThat(as(ACME, () -> store.findByTokenHash(acmeHash))).hasValueSatisfying(
                    s -> assertThat(s.clientPk()).isEqualTo(acmeClientPk));
            assertThat(as(GLOBEX, () -> store.findByTokenHash(globexSession.tokenHash()))).hasValueSatisfying(
                    s -> assertThat(s.clientPk()).isEqualTo(globexClientPk));
            assertThat(as(ACME, () -> store.findByTokenHash(globexSession.tokenHash()))).isEmpty();
            assertThat(as(GLOBEX, () -> store.findByTokenHash(acmeHash))).isEmpty();
        }

        as(ACME, () -> store.revoke(sharedId, now));

        assertThat(as(ACME, () -> store.findByTokenHash(acmeHash)).orElseThrow().revokedAt()).isEqualTo(now);
        assertThat(as(GLOBEX, () -> store.findByTokenHash(globexSession.tokenHash())).orElseThrow().revokedAt())
                .isNull();
    }

    /** The group commit keeps new sessions in the cache, under their tenant: the other tenant finds none. */
    @Test
    void insertAllWhenSessionsKeptInCacheThenOtherTenantFindsNone() {
        SessionRecord fresh = SessionRecord.issued(UUID.randomUUID().toString(), globexClientPk,
                hasher.hash("gat_" + UUID.randomUUID()), List.of("orders:read"), now, now.plus(1, ChronoUnit.HOURS),
                "127.0.0.1", "test");
        as(GLOBEX, () -> {
            store.insertAll(List.of(fresh));
            return null;
        });

        assertThat(as(ACME, () -> store.findByTokenHash(fresh.tokenHash()))).isEmpty();
        assertThat(as(ACME, () -> store.findById(fresh.id()))).isEmpty();
        assertThat(as(GLOBEX, () -> store.findByTokenHash(fresh.tokenHash()))).hasValueSatisfying(
                s -> assertThat(s.clientPk()).isEqualTo(globexClientPk));
    }

    @Test
    void findByIdWhenSameIdInBothTenantsThenOwnRowOnly() {
        assertThat(as(ACME, () -> store.findById(sharedId))).hasValueSatisfying(
                s -> assertThat(s.clientPk()).isEqualTo(acmeClientPk));
        assertThat(as(GLOBEX, () -> store.findById(sharedId))).hasValueSatisfying(
                s -> assertThat(s.clientPk()).isEqualTo(globexClientPk));
    }

    @Test
    void listLiveAndCountLiveWhenClientOfOtherTenantThenNothing() {
        assertThat(as(ACME, () -> store.listLive(globexClientPk, now))).isEmpty();
        assertThat(as(ACME, () -> store.countLive(globexClientPk, now))).isZero();
        assertThat(as(GLOBEX, () -> store.listLive(globexClientPk, now))).extracting(SessionRecord::id)
                .containsExactly(sharedId);
    }

    @Test
    void revokeWhenSameIdInBothTenantsThenOnlyOwnRowRevoked() {
        assertThat(as(ACME, () -> store.revoke(sharedId, now))).isTrue();

        assertThat(as(GLOBEX, () -> store.findById(sharedId)).orElseThrow().revokedAt()).isNull();
        assertThat(as(ACME, () -> store.findById(sharedId)).orElseThrow().revokedAt()).isEqualTo(now);
    }

    @Test
    void revokeLiveWhenClientOfOtherTenantThenNothingRevoked() {
        assertThat(as(ACME, () -> store.revokeLive(globexClientPk, now))).isZero();

        assertThat(as(GLOBEX, () -> store.findById(sharedId)).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void addUsesWhenSameIdInBothTenantsThenOnlyOwnRowCounted() {
        as(ACME, () -> {
            store.addUses(List.of(new UseCount<>(sharedId, 1, now)));
            return null;
        });

        assertThat(as(GLOBEX, () -> store.findById(sharedId)).orElseThrow().requestCount()).isZero();
        assertThat(as(ACME, () -> store.findById(sharedId)).orElseThrow().requestCount()).isEqualTo(1);
    }

    @Test
    void insertWhenClientOfOtherTenantThenRefused() {
        SessionRecord intruder = session(globexClientPk);

        assertThatThrownBy(() -> as(ACME, () -> {
            store.insert(intruder);
            return null;
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(as(GLOBEX, () -> store.findByTokenHash(intruder.tokenHash()))).isEmpty();
    }

    private SessionRecord session(long clientPk) {
        return SessionRecord.issued(sharedId, clientPk, hasher.hash("gat_" + UUID.randomUUID()),
                List.of("orders:read"), now, now.plus(1, ChronoUnit.HOURS), "127.0.0.1", "test");
    }
}
