package io.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.gatehouse.shared.KeyedHasher;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.UseCount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tenant A (acme) can neither read nor change a user token of tenant B (globex), through any operation of the
 * store or the service. Both tenants hold a token with the same id, for their own user 2, so a missing tenant
 * filter shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JdbcUserTokenStoreTenantIsolationTests {

    static final long USER = 2;

    @Autowired
    JdbcUserTokenStore store;
    @Autowired
    UserTokens tokens;
    @Autowired
    UserDirectory users;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    KeyedHasher hasher;
    @Autowired
    JdbcClient jdbc;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private long sharedId;
    private String acmeRaw;
    private String globexRaw;

    @BeforeEach
    void twoTenantsWithTheSameTokenId() {
        // Below the identity's start (100000), so the explicit id never meets a generated one.
        sharedId = jdbc.sql("select coalesce(max(id), 0) + 1 from user_token where id < 100000")
                .query(Long.class).single();
        acmeRaw = UserTokens.PREFIX + UUID.randomUUID();
        globexRaw = UserTokens.PREFIX + UUID.randomUUID();
        insert("acme", acmeRaw, "Acme label");
        insert("globex", globexRaw, "Globex label");
    }

    @Test
    void findByTokenHashWhenRowOfOtherTenantThenEmpty() {
        assertThat(as("acme", () -> store.findByTokenHash(hasher.hash(globexRaw)))).isEmpty();
        assertThat(as("globex", () -> store.findByTokenHash(hasher.hash(globexRaw)))).isPresent();
    }

    @Test
    void findWhenSameIdInBothTenantsThenOwnRowOnly() {
        // Joined with user 2 of its own tenant only: a join across tenants would find two rows and fail here.
        assertThat(as("acme", () -> store.find(sharedId))).hasValueSatisfying(t -> {
            assertThat(t.label()).isEqualTo("Acme label");
            assertThat(t.username()).isEqualTo("staff1");
        });
        assertThat(as("globex", () -> store.find(sharedId))).hasValueSatisfying(
                t -> assertThat(t.label()).isEqualTo("Globex label"));
    }

    @Test
    void listWhenBothTenantsHaveTokensThenOwnTokensOnly() {
        assertThat(as("acme", () -> store.list())).extracting(UserToken::label)
                .contains("Acme label").doesNotContain("Globex label");
        assertThat(as("globex", () -> store.list())).extracting(UserToken::label)
                .contains("Globex label").doesNotContain("Acme label");
    }

    @Test
    void revokeWhenSameIdInBothTenantsThenOnlyOwnRowRevoked() {
        assertThat(as("acme", () -> store.revoke(sharedId, now))).isTrue();

        assertThat(as("globex", () -> store.find(sharedId)).orElseThrow().revokedAt()).isNull();
        assertThat(as("acme", () -> store.find(sharedId)).orElseThrow().revokedAt()).isEqualTo(now);
    }

    @Test
    void addUsesWhenSameIdInBothTenantsThenOnlyOwnRowCounted() {
        as("acme", () -> {
            store.addUses(List.of(new UseCount<>(sharedId, 1, now)));
            return null;
        });

        assertThat(as("globex", () -> store.find(sharedId)).orElseThrow().requestCount()).isZero();
        assertThat(as("acme", () -> store.find(sharedId)).orElseThrow().requestCount()).isEqualTo(1);
    }

    @Test
    void insertWhenUserOfOtherTenantThenRefused() {
        String name = "iso" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleUser globexOnly = as("globex", () -> users.create(name, "Globex only", name + "@globex.example",
                "a-long-password-1", Role.STAFF));

        assertThatThrownBy(() -> as("acme", () -> store.insert(globexOnly.id(), "Intruder",
                hasher.hash(UserTokens.PREFIX + name), "abcd", now, "test")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void checkWhenTokenOfOtherTenantThenUnknownAndNotCounted() {
        assertThat(as("acme", () -> tokens.check(globexRaw))).isEqualTo(
                new UserTokenCheck.Refused("token_unknown", "The access token is not valid here.", null));
        assertThat(as("globex", () -> store.find(sharedId)).orElseThrow().requestCount()).isZero();
        assertThat(as("globex", () -> tokens.check(globexRaw))).isInstanceOf(UserTokenCheck.Active.class);
    }

    @Test
    void serviceRevokeAndFindWhenIdOnlyInOtherTenantThenNothing() {
        UserToken globexOnly = as("globex", () -> tokens.create(USER, "Globex only", "test")).token();

        assertThat(as("acme", () -> tokens.find(globexOnly.id()))).isEmpty();
        assertThat(as("acme", () -> tokens.revoke(globexOnly.id(), "admin"))).isFalse();
        assertThat(as("globex", () -> tokens.find(globexOnly.id())).orElseThrow().revoked()).isFalse();
        assertThat(as("acme", () -> tokens.recentAudit(50))).extracting(e -> e.details())
                .noneMatch(details -> details.contains(globexOnly.masked()));
    }

    private void insert(String tenant, String raw, String label) {
        jdbc.sql("""
                insert into user_token (tenant_id, id, user_id, label, token_hash, token_hint, created_at, created_by)
                values (:tenant, :id, :user, :label, :hash, :hint, :at, 'test')""")
                .param("tenant", tenant).param("id", sharedId).param("user", USER).param("label", label)
                .param("hash", hasher.hash(raw)).param("hint", raw.substring(raw.length() - 4))
                .param("at", now.atOffset(java.time.ZoneOffset.UTC)).update();
    }

    private <T> T as(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenants.find(tenant).orElseThrow(), work);
    }
}
