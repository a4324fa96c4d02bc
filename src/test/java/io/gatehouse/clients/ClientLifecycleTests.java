package io.gatehouse.clients;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.gatehouse.shared.KeyedHasher;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What happens to a client after it is created: edits audited with old → new values, secret rotation
 * with a grace period, final revocation — and none of it reachable from another tenant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class ClientLifecycleTests {

    @Autowired
    ClientRegistry registry;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantJdbc jdbc;
    @Autowired
    KeyedHasher hasher;
    @Autowired
    ApplicationEvents events;

    Owners owners;
    CreatedClient created;
    OAuthClient client;

    @BeforeEach
    void oneClient() {
        owners = Owners.create(tenants, jdbc, "lifecycle");
        created = owners.inA(() -> registry.create(adminClient().name("Old name").scopes("orders:read").build(), "alice"));
        client = created.client();
    }

    @Test
    void createWhenDoneThenAuditedWithWhatWasCreated() {
        List<AuditEntry> audit = owners.inA(() -> registry.audit(client.id()));

        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("alice");
            assertThat(entry.action()).isEqualTo("created");
            assertThat(entry.details()).contains("access level Admin", "scopes orders:read", "excluded fields (none)");
        });
    }

    @Test
    void editWhenFieldsChangedThenAuditShowsOldAndNewValuesNewestFirst() {
        LocalDate sameDay = LocalDate.ofInstant(client.expiresAt().minusNanos(1), ZoneOffset.UTC);

        owners.inA(() -> registry.edit(client.id(), new ClientEdit("New name", List.of("orders:read", "devices:read"),
                List.of("orderLine.purchasePrice"), sameDay), "bob"));

        List<AuditEntry> audit = owners.inA(() -> registry.audit(client.id()));
        assertThat(audit).extracting(AuditEntry::action).containsExactly("edited", "created");
        assertThat(audit.get(0).actor()).isEqualTo("bob");
        assertThat(audit.get(0).details()).isEqualTo("name: Old name → New name; "
                + "scopes: orders:read → orders:read, devices:read; "
                + "excluded fields: (none) → orderLine.purchasePrice");
        assertThat(owners.inA(() -> registry.find(client.id()))).hasValueSatisfying(edited -> {
            assertThat(edited.name()).isEqualTo("New name");
            assertThat(edited.expiresAt()).isEqualTo(client.expiresAt());
        });
        assertThat(events.stream(ClientChanged.class))
                .containsExactly(new ClientChanged(owners.a().id(), client.id(), client.clientId()));
    }

    @Test
    void editWhenExpiryDateChangedThenAuditShowsOldAndNewExpiry() {
        LocalDate newDate = LocalDate.now(ZoneOffset.UTC).plusDays(3);

        OAuthClient edited = owners.inA(() -> registry.edit(client.id(),
                new ClientEdit("Old name", client.scopes(), List.of(), newDate), "bob"));

        assertThat(edited.expiresAt()).isEqualTo(TokenExpiration.endOf(newDate));
        assertThat(owners.inA(() -> registry.audit(client.id())).get(0).details())
                .isEqualTo("expires: " + client.expiresAt() + " → " + edited.expiresAt());
    }

    @Test
    void editWhenNothingChangedThenNoAuditEntryAndNoChangeEvent() {
        LocalDate sameDay = LocalDate.ofInstant(client.expiresAt().minusNanos(1), ZoneOffset.UTC);

        owners.inA(() -> registry.edit(client.id(), new ClientEdit(" Old name ", List.of("orders:read"), List.of(),
                sameDay), "bob"));

        assertThat(owners.inA(() -> registry.audit(client.id()))).extracting(AuditEntry::action).containsExactly("created");
        assertThat(events.stream(ClientChanged.class)).isEmpty();
    }

    @Test
    void rotateSecretWhenGracePeriodThenBothSecretsWorkUntilItEnds() {
        Instant before = Instant.now();
        String fresh = owners.inA(() -> registry.rotateSecret(client.id(), RotationGrace.ONE_DAY, "alice"));
        Instant after = Instant.now();

        OAuthClient rotated = owners.inA(() -> registry.find(client.id())).orElseThrow();
        assertThat(fresh).startsWith(DefaultClientRegistry.SECRET_PREFIX).isNotEqualTo(created.secret());
        assertThat(rotated.validSecretHashes(after))
                .containsExactly(hasher.hash(fresh), hasher.hash(created.secret()));
        assertThat(rotated.previousSecretValidUntil())
                .isBetween(before.plus(Duration.ofDays(1)), after.plus(Duration.ofDays(1)));
        assertThat(rotated.validSecretHashes(after.plus(Duration.ofDays(1)).plusSeconds(1)))
                .containsExactly(hasher.hash(fresh));
        assertThat(owners.inA(() -> registry.audit(client.id())).get(0))
                .extracting(AuditEntry::action, AuditEntry::details)
                .containsExactly("secret rotated", "previous secret valid for 1 day");
        assertThat(events.stream(ClientChanged.class)).hasSize(1);
    }

    @Test
    void rotateSecretWhenNoGraceThenOldSecretStopsAtOnce() {
        String fresh = owners.inA(() -> registry.rotateSecret(client.id(), RotationGrace.NONE, "alice"));

        OAuthClient rotated = owners.inA(() -> registry.find(client.id())).orElseThrow();
        assertThat(rotated.validSecretHashes(Instant.now())).containsExactly(hasher.hash(fresh));
        assertThat(rotated.previousSecretHash()).isNull();
    }

    @Test
    void rotateSecretWhenRotatedTwiceThenOnlyTheLatestTwoSecretsWork() {
        String second = owners.inA(() -> registry.rotateSecret(client.id(), RotationGrace.ONE_HOUR, "alice"));
        String third = owners.inA(() -> registry.rotateSecret(client.id(), RotationGrace.ONE_HOUR, "alice"));

        OAuthClient rotated = owners.inA(() -> registry.find(client.id())).orElseThrow();
        assertThat(rotated.validSecretHashes(Instant.now()))
                .containsExactly(hasher.hash(third), hasher.hash(second))
                .doesNotContain(hasher.hash(created.secret()));
    }

    @Test
    void revokeWhenDoneThenFinal() {
        owners.inA(() -> registry.rotateSecret(client.id(), RotationGrace.SEVEN_DAYS, "alice"));
        owners.inA(() -> {
            registry.revoke(client.id(), "alice");
            registry.revoke(client.id(), "bob");
            return null;
        });

        OAuthClient revoked = owners.inA(() -> registry.find(client.id())).orElseThrow();
        assertThat(revoked.status(Instant.now())).isEqualTo(ClientStatus.REVOKED);
        assertThat(revoked.previousSecretHash()).as("no grace period survives a revocation").isNull();
        assertThatThrownBy(() -> owners.inA(() -> registry.edit(client.id(), new ClientEdit("x", List.of("orders:read"),
                List.of(), LocalDate.now(ZoneOffset.UTC).plusDays(9)), "alice")))
                .isInstanceOf(IllegalStateException.class).hasMessage("This client is revoked; revocation is final.");
        assertThatThrownBy(() -> owners.inA(() -> registry.rotateSecret(client.id(), RotationGrace.NONE, "alice")))
                .isInstanceOf(IllegalStateException.class).hasMessage("This client is revoked; revocation is final.");
        assertThat(owners.inA(() -> registry.audit(client.id()))).extracting(AuditEntry::action)
                .containsExactly("revoked", "secret rotated", "created");
        assertThat(events.stream(ClientChanged.class)).hasSize(2);
    }
}
