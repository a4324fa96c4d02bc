package io.gatehouse.clients;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;

import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A client of tenant A, as seen from tenant B through the registry: not there, and out of its reach. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class ClientRegistryIsolationTests {

    @Autowired
    ClientRegistry registry;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantJdbc jdbc;
    @Autowired
    ApplicationEvents events;

    Owners owners;
    OAuthClient client;
    OAuthClient clientOfB;

    @BeforeEach
    void oneClientInEachTenant() {
        owners = Owners.create(tenants, jdbc, "isolation");
        client = owners.inA(() -> registry.create(adminClient().build(), "alice")).client();
        clientOfB = owners.inB(() -> registry.create(adminClient().ownerUserId(Owners.OTHER_TENANTS_ID).build(),
                "bob")).client();
        events.clear();
    }

    @Test
    void readWhenClientBelongsToOtherTenantThenNotFound() {
        assertThat(owners.inB(() -> registry.find(client.id()))).isEmpty();
        assertThat(owners.inB(() -> registry.findByClientId(client.clientId()))).isEmpty();
        assertThat(owners.inB(registry::list)).containsExactly(clientOfB);
        assertThat(owners.inA(registry::list)).containsExactly(client);
        assertThat(owners.inB(() -> registry.audit(client.id()))).isEmpty();
    }

    @Test
    void changeWhenClientBelongsToOtherTenantThenNotFoundAndClientUntouched() {
        assertThatThrownBy(() -> owners.inB(() -> registry.edit(client.id(), new ClientEdit("Hijacked",
                List.of("orders:read"), List.of(), LocalDate.now(ZoneOffset.UTC).plusDays(9)), "mallory")))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> owners.inB(() -> registry.rotateSecret(client.id(), RotationGrace.NONE, "mallory")))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> owners.inB(() -> {
            registry.revoke(client.id(), "mallory");
            return null;
        })).isInstanceOf(NoSuchElementException.class);

        assertThat(owners.inA(() -> registry.find(client.id()))).hasValue(client);
        assertThat(owners.inA(() -> registry.audit(client.id()))).extracting(AuditEntry::action).containsExactly("created");
        assertThat(events.stream(ClientChanged.class)).isEmpty();
    }
}
