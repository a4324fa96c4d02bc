package io.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.gatehouse.shared.KeyedHasher;
import io.gatehouse.tenancy.TenantAudit;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Creating, checking and revoking user tokens of acme, as the console and the API use them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UserTokensTests {

    static final long ADMIN = 1;
    static final long STAFF1 = 2;

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
    @Autowired
    UserTokenUsage usage;

    <T> T acme(Supplier<T> work) {
        return TenantContext.callAs(tenants.find("acme").orElseThrow(), work);
    }

    @Test
    void createWhenValidThenRawTokenReturnedOnceAndOnlyItsHashStored() {
        CreatedUserToken created = acme(() -> tokens.create(STAFF1, "  Old export  ", "admin"));

        String raw = created.rawToken();
        assertThat(raw).startsWith("gut_").hasSizeGreaterThanOrEqualTo(4 + 43).matches("gut_[0-9A-Za-z]+");
        assertThat(created.token().label()).isEqualTo("Old export");
        assertThat(created.token().username()).isEqualTo("staff1");
        assertThat(created.token().hint()).isEqualTo(raw.substring(raw.length() - 4));
        assertThat(created.token().masked()).isEqualTo("gut_…" + raw.substring(raw.length() - 4));
        assertThat(created.toString()).doesNotContain(raw);
        Map<String, Object> row = jdbc.sql("select * from user_token where tenant_id = 'acme' and id = :id")
                .param("id", created.token().id()).query().singleRow();
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(raw));
        assertThat(row.get("token_hash")).isEqualTo(hasher.hash(raw));
        assertThat(acme(() -> tokens.find(created.token().id()))).hasValueSatisfying(t -> {
            assertThat(t.revoked()).isFalse();
            assertThat(t.createdBy()).isEqualTo("admin");
            assertThat(t.requestCount()).isZero();
            assertThat(t.lastUsedAt()).isNull();
        });
    }

    @Test
    void createWhenUserOrLabelMissingThenErrorsByFieldAndNothingStored() {
        long before = count();

        assertThatThrownBy(() -> acme(() -> tokens.create(null, " ", "admin")))
                .isInstanceOfSatisfying(InvalidUserTokenException.class, ex -> assertThat(ex.errors())
                        .containsOnlyKeys("userId", "label"));
        assertThatThrownBy(() -> acme(() -> tokens.create(999_999L, "x".repeat(201), "admin")))
                .isInstanceOfSatisfying(InvalidUserTokenException.class, ex -> {
                    assertThat(ex.errors().get("userId")).isEqualTo("Choose the user the token acts for.");
                    assertThat(ex.errors().get("label")).contains("at most 200 characters");
                });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void createWhenUserDeactivatedThenRefused() {
        ConsoleUser user = newUser(Role.STAFF);
        acme(() -> {
            users.setActive(user.id(), false);
            return null;
        });

        assertThatThrownBy(() -> acme(() -> tokens.create(user.id(), "Export", "admin")))
                .isInstanceOfSatisfying(InvalidUserTokenException.class, ex -> assertThat(ex.errors().get("userId"))
                        .isEqualTo("This user is deactivated: choose an active user."));
    }

    @Test
    void checkWhenActiveThenUserReturnedAndUseRecorded() {
        CreatedUserToken created = acme(() -> tokens.create(ADMIN, "Check", "admin"));

        UserTokenCheck first = acme(() -> tokens.check(created.rawToken()));
        acme(() -> tokens.check(created.rawToken()));
        usage.flush();

        assertThat(first).isInstanceOfSatisfying(UserTokenCheck.Active.class, active -> {
            assertThat(active.tokenId()).isEqualTo(created.token().id());
            assertThat(active.user().username()).isEqualTo("admin");
            assertThat(active.user().isAdmin()).isTrue();
        });
        UserToken used = acme(() -> tokens.find(created.token().id())).orElseThrow();
        assertThat(used.requestCount()).isEqualTo(2);
        assertThat(used.lastUsedAt()).isNotNull();
    }

    @Test
    void checkWhenRevokedThenRefusedWithTokenRevokedAndNotCounted() {
        CreatedUserToken created = acme(() -> tokens.create(STAFF1, "Revoked", "admin"));
        assertThat(acme(() -> tokens.revoke(created.token().id(), "admin"))).isTrue();

        assertThat(acme(() -> tokens.check(created.rawToken()))).isEqualTo(
                new UserTokenCheck.Refused("token_revoked", "The user token has been revoked.", created.token().id()));
        usage.flush();
        assertThat(acme(() -> tokens.find(created.token().id())).orElseThrow().requestCount()).isZero();
        assertThat(acme(() -> tokens.revoke(created.token().id(), "admin"))).as("revoked twice").isFalse();
    }

    @Test
    void checkWhenUserDeactivatedThenRefusedUntilReactivated() {
        ConsoleUser user = newUser(Role.STAFF);
        CreatedUserToken created = acme(() -> tokens.create(user.id(), "Deactivated", "admin"));
        acme(() -> {
            users.setActive(user.id(), false);
            return null;
        });

        assertThat(acme(() -> tokens.check(created.rawToken()))).isInstanceOfSatisfying(
                UserTokenCheck.Refused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("user_deactivated");
                    assertThat(refused.tokenId()).isEqualTo(created.token().id());
                });
        acme(() -> {
            users.setActive(user.id(), true);
            return null;
        });
        assertThat(acme(() -> tokens.check(created.rawToken()))).isInstanceOf(UserTokenCheck.Active.class);
    }

    @Test
    void checkWhenUnknownOrNotAUserTokenThenRefusedAsUnknown() {
        CreatedUserToken created = acme(() -> tokens.create(STAFF1, "Unknown", "admin"));
        String raw = created.rawToken();

        for (String token : new String[] { raw + "x", raw.substring(0, raw.length() - 1), "gat_" + raw.substring(4),
                "gut_" + "a".repeat(300), "", null }) {
            assertThat(acme(() -> tokens.check(token))).as(String.valueOf(token)).isEqualTo(
                    new UserTokenCheck.Refused("token_unknown", "The access token is not valid here.", null));
        }
    }

    @Test
    void createAndRevokeWhenDoneThenAuditedWithoutTheToken() {
        CreatedUserToken created = acme(() -> tokens.create(STAFF1, "Audited " + UUID.randomUUID(), "admin"));
        acme(() -> tokens.revoke(created.token().id(), "admin"));
        String describes = "staff1 (label “" + created.token().label() + "”, " + created.token().masked() + ")";

        assertThat(acme(() -> tokens.recentAudit(2))).extracting(TenantAudit.Entry::actor, TenantAudit.Entry::action,
                TenantAudit.Entry::details).containsExactly(
                        tuple("admin", "user token revoked", "of " + describes),
                        tuple("admin", "user token created", "for " + describes));
        assertThat(jdbc.sql("select count(*) from tenant_audit where details like :raw")
                .param("raw", "%" + created.rawToken() + "%").query(Long.class).single()).isZero();
    }

    @Test
    void listWhenSeveralThenNewestFirstWithUserNamesAndRevokedMarked() {
        CreatedUserToken older = acme(() -> tokens.create(ADMIN, "Older", "admin"));
        CreatedUserToken newer = acme(() -> tokens.create(STAFF1, "Newer", "admin"));
        acme(() -> tokens.revoke(older.token().id(), "admin"));

        List<UserToken> list = acme(() -> tokens.list());

        assertThat(list.get(0).id()).isEqualTo(newer.token().id());
        assertThat(list.get(0).userDisplayName()).isEqualTo("Sam Staff");
        assertThat(list.get(0).revoked()).isFalse();
        assertThat(list.get(1).id()).isEqualTo(older.token().id());
        assertThat(list.get(1).userDisplayName()).isEqualTo("Acme Admin");
        assertThat(list.get(1).revoked()).isTrue();
    }

    private ConsoleUser newUser(Role role) {
        String name = "ut" + UUID.randomUUID().toString().substring(0, 8);
        return acme(() -> users.create(name, "Token user " + name, name + "@acme.example", "a-long-password-1", role));
    }

    private long count() {
        return jdbc.sql("select count(*) from user_token where tenant_id = 'acme'").query(Long.class).single();
    }
}
