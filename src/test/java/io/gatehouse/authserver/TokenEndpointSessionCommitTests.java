package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.LoggedRequests;
import io.gatehouse.support.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A token is answered only with its session stored: under concurrent requests, and when the store fails. */
class TokenEndpointSessionCommitTests extends AuthServerTestSupport {

    @Autowired
    SessionInserts inserts;

    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void tokenWhenConcurrentRequestsThenEveryTokenHasItsOwnSession() throws Exception {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        List<Future<List<String>>> workers = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            workers.add(threads.submit(() -> {
                List<String> tokens = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    tokens.add(issueToken(ACME, client));
                }
                return tokens;
            }));
        }
        List<String> hashes = new ArrayList<>();
        for (Future<List<String>> worker : workers) {
            worker.get(60, TimeUnit.SECONDS).forEach(token -> hashes.add(hasher.hash(token)));
        }

        assertThat(hashes).hasSize(128).doesNotHaveDuplicates();
        if (postgres()) {
            // On PostgreSQL the sessions are copied on a connection of their own, beside the pool (decisions §26).
            assertThat(jdbc.sql("select count(*) from pg_stat_activity where application_name = :name")
                    .param("name", JdbcSessionStore.COPY_CONNECTION_NAME).query(Integer.class).single()).isPositive();
        }
        assertThat(jdbc.sql("select token_hash from oauth_session where tenant_id = :tenant and client_pk = :client")
                .param("tenant", ACME).param("client", client.client().id()).query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(hashes);
    }

    private static boolean postgres() {
        return TestDatabase.postgres();
    }

    @Test
    void tokenWhenSessionCannotBeSavedThenServerErrorWithoutToken() {
        CreatedClient client = create(ACME, ClientFixtures.adminClient().build());
        HttpResponse<String> response;
        inserts.stop();
        try {
            response = tokenBasic(ACME, client.client().clientId(), client.secret(),
                    "grant_type", "client_credentials");
        }
        finally {
            inserts.start();
        }

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("gat_");
        assertThat(jdbc.sql("select count(*) from oauth_session where tenant_id = :tenant and client_pk = :client")
                .param("tenant", ACME).param("client", client.client().id()).query(Integer.class).single()).isZero();
        Map<String, Object> logged = new LoggedRequests(jdbc).entryOf(response);
        assertThat(((Number) logged.get("status")).intValue()).isEqualTo(500);
        assertThat(((Number) logged.get("client_pk")).longValue()).isEqualTo(client.client().id());
        assertThat(issueToken(ACME, client)).as("issued again once restarted").startsWith("gat_");
    }
}
