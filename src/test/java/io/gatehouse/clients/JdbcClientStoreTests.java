package io.gatehouse.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.TestTenants;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

/**
 * OAuth clients and their audit trail in two tenants whose clients share ids 1 and 2: no store operation
 * reads, changes or audits the other tenant's client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JdbcClientStoreTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    ClientStore store;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantJdbc jdbc;

    Tenant a;
    Tenant b;

    @BeforeEach
    void twoTenantsWithTheSameClientIds() {
        a = TestTenants.create(tenants, "clients-a");
        b = TestTenants.create(tenants, "clients-b");
        TenantContext.runAs(a, () -> {
            insert(1, "gci_a1", "A one");
            insert(2, "gci_a2", "A two");
            store.appendAudit(1, NOW, "alice", "created", "in A");
        });
        TenantContext.runAs(b, () -> {
            insert(1, "gci_b1", "B one");
            insert(2, "gci_b2", "B two");
            store.appendAudit(1, NOW, "bob", "created", "in B");
        });
    }

    @Test
    void findByIdWhenSameIdInBothTenantsThenEachSeesItsOwnClient() {
        assertThat(in(a, () -> store.findById(1))).map(OAuthClient::name).hasValue("A one");
        assertThat(in(b, () -> store.findById(1))).map(OAuthClient::name).hasValue("B one");
    }

    @Test
    void findByClientIdWhenClientBelongsToOtherTenantThenEmpty() {
        assertThat(in(b, () -> store.findByClientId("gci_a1"))).isEmpty();
        assertThat(in(a, () -> store.findByClientId("gci_a1"))).map(OAuthClient::id).hasValue(1L);
    }

    @Test
    void listWhenTwoTenantsThenOnlyOwnClients() {
        assertThat(in(a, store::list)).extracting(OAuthClient::clientId).containsExactlyInAnyOrder("gci_a1", "gci_a2");
        assertThat(in(b, store::list)).extracting(OAuthClient::clientId).containsExactlyInAnyOrder("gci_b1", "gci_b2");
    }

    @Test
    void insertWhenInOneTenantThenStampedWithItAndInvisibleInTheOther() {
        OAuthClient created = in(a, () -> store.insert(client(0, "gci_new", "New in A")));

        assertThat(in(b, () -> store.findById(created.id()))).isEmpty();
        assertThat(in(b, () -> store.findByClientId("gci_new"))).isEmpty();
        assertThat(in(a, () -> store.findById(created.id()))).map(OAuthClient::name).hasValue("New in A");
    }

    @Test
    void updateWhenSameIdInOtherTenantThenOnlyOwnClientChanges() {
        OAuthClient bOne = in(b, () -> store.findById(1)).orElseThrow();

        TenantContext.runAs(b, () -> store.update(renamed(bOne, "B renamed")));

        assertThat(in(b, () -> store.findById(1))).map(OAuthClient::name).hasValue("B renamed");
        assertThat(in(a, () -> store.findById(1))).map(OAuthClient::name).hasValue("A one");
    }

    @Test
    void updateWhenIdExistsOnlyInOtherTenantThenNothingChanges() {
        OAuthClient onlyInA = in(a, () -> store.insert(client(0, "gci_only_a", "Only in A")));

        TenantContext.runAs(b, () -> store.update(renamed(onlyInA, "Hijacked")));

        assertThat(in(a, () -> store.findById(onlyInA.id()))).map(OAuthClient::name).hasValue("Only in A");
        assertThat(in(b, () -> store.findById(onlyInA.id()))).isEmpty();
    }

    @Test
    void auditWhenSameClientIdInBothTenantsThenEachSeesOnlyItsOwnEntries() {
        TenantContext.runAs(b, () -> store.appendAudit(1, NOW.plusSeconds(1), "bob", "edited", "name: x → y"));

        assertThat(in(a, () -> store.audit(1))).extracting(AuditEntry::actor).containsExactly("alice");
        assertThat(in(b, () -> store.audit(1))).extracting(AuditEntry::action).containsExactly("edited", "created");
    }

    @Test
    void appendAuditWhenClientExistsOnlyInOtherTenantThenRefusedAndNothingRecorded() {
        OAuthClient onlyInA = in(a, () -> store.insert(client(0, "gci_audit_a", "Only in A")));

        assertThatThrownBy(() -> TenantContext.runAs(b,
                () -> store.appendAudit(onlyInA.id(), NOW, "mallory", "revoked", "from B")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(in(a, () -> store.audit(onlyInA.id()))).isEmpty();
    }

    private void insert(long id, String clientId, String name) {
        jdbc.sql("""
                insert into oauth_client (tenant_id, id, client_id, name, access_level, scopes, excluded_fields,
                    expires_at, secret_hash, created_at, created_by, updated_at)
                values (:tenant, :id, :clientId, :name, 'ADMIN', 'orders:read', '', :expires, 'hash', :now, 'test', :now)""")
                .param("id", id).param("clientId", clientId).param("name", name)
                .param("expires", TenantJdbc.ts(NOW.plus(30, ChronoUnit.DAYS))).param("now", TenantJdbc.ts(NOW))
                .update();
    }

    private static OAuthClient client(long id, String clientId, String name) {
        return new OAuthClient(id, clientId, name, AccessLevel.ADMIN, null, null, List.of("orders:read"), List.of(),
                NOW.plus(30, ChronoUnit.DAYS), "hash", null, null, null, NOW, "test", NOW);
    }

    private static OAuthClient renamed(OAuthClient c, String name) {
        return new OAuthClient(c.id(), c.clientId(), name, c.accessLevel(), c.ownerUserId(), c.ownerCustomerId(),
                c.scopes(), c.excludedFields(), c.expiresAt(), c.secretHash(), c.previousSecretHash(),
                c.previousSecretValidUntil(), c.revokedAt(), c.createdAt(), c.createdBy(), NOW.plusSeconds(5));
    }

    private static <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
