package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.ClientFixtures;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionStorageTests extends AuthServerTestSupport {

    @Autowired
    SessionStore store;

    @Autowired
    MeterRegistry registry;

    @Test
    void sessionTableWhenTokensIssuedThenHoldsNeitherTokenNorSecret() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String byBasic = issueToken(ACME, client);
        String byPost = json(tokenPost(ACME, client.client().clientId(), client.secret(),
                "grant_type", "client_credentials")).get("access_token").asString();

        List<Map<String, Object>> rows = jdbc.sql("select * from oauth_session").query().listOfRows();

        assertThat(rows).isNotEmpty();
        List<String> values = rows.stream().flatMap(row -> row.values().stream())
                .filter(Objects::nonNull).map(Object::toString).toList();
        for (String secret : List.of(byBasic, byPost, client.secret())) {
            String randomPart = secret.substring(4);
            assertThat(values).noneMatch(value -> value.contains(randomPart));
        }
        assertThat(jdbc.sql("select count(*) from oauth_session where token_hash in (:hashes)")
                .param("hashes", List.of(hasher.hash(byBasic), hasher.hash(byPost))).query(Integer.class).single())
                .as("each token is findable by its keyed hash").isEqualTo(2);
    }

    @Test
    void sessionIdWhenTokensIssuedOneAfterAnotherThenTimeOrderedInIssueOrder() throws InterruptedException {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hashes.add(hasher.hash(issueToken(ACME, client)));
            Thread.sleep(2); // ids order by millisecond, and within one only by chance
        }

        List<String> ids = hashes.stream().map(hash -> jdbc.sql("select id from oauth_session where token_hash = :hash")
                .param("hash", hash).query(String.class).single()).toList();

        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(7));
    }

    /** A session another node stored: the first use here reads it by hash and keeps it, the second reads nothing. */
    @Test
    void findByTokenHashWhenUsedTwiceThenSecondUseServedFromCache() throws InterruptedException {
        awaitCacheInvalidationsListening();
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SessionRecord stored = SessionRecord.issued(UUID.randomUUID().toString(), client.client().id(),
                hasher.hash("gat_" + UUID.randomUUID()), List.of("orders:read"), now, now.plus(1, ChronoUnit.HOURS),
                "127.0.0.1", "test");
        as(ACME, () -> {
            store.insert(stored);
            return null;
        });
        double misses = sessionCacheGets("miss");
        double hits = sessionCacheGets("hit");

        SessionRecord first = as(ACME, () -> store.findByTokenHash(stored.tokenHash())).orElseThrow();
        SessionRecord second = as(ACME, () -> store.findByTokenHash(stored.tokenHash())).orElseThrow();

        assertThat(first.id()).isEqualTo(stored.id());
        assertThat(second).isEqualTo(first);
        assertThat(sessionCacheGets("miss") - misses).as("sessions read from the database").isEqualTo(1);
        assertThat(sessionCacheGets("hit") - hits).as("sessions served from the cache").isEqualTo(1);
    }

    /** A token issued on this node: its session is kept once committed, so even its first use reads no row. */
    @Test
    void findByTokenHashWhenTokenIssuedOnThisNodeThenFirstUseServedFromCache() throws InterruptedException {
        awaitCacheInvalidationsListening();
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        String token = issueToken(ACME, client);
        double misses = sessionCacheGets("miss");

        SessionRecord session = as(ACME, () -> store.findByTokenHash(hasher.hash(token))).orElseThrow();

        assertThat(session.clientPk()).isEqualTo(client.client().id());
        assertThat(session.revokedAt()).isNull();
        assertThat(sessionCacheGets("miss") - misses).as("sessions read from the database").isZero();
        assertThat(as(ACME, () -> store.findById(session.id()))).as("the row it stands for")
                .hasValueSatisfying(row -> assertThat(row.tokenHash()).isEqualTo(session.tokenHash()));
    }

    /** On PostgreSQL the caches read through until the node's listener connection is up. */
    private void awaitCacheInvalidationsListening() throws InterruptedException {
        for (int waited = 0; !invalidations.listening() && waited < 1000; waited++) {
            Thread.sleep(10);
        }
        assertThat(invalidations.listening()).as("listening for cache invalidations").isTrue();
    }

    private double sessionCacheGets(String result) {
        return registry.get("gatehouse.cache.gets").tag("cache", "sessions").tag("result", result).counter().count();
    }
}
