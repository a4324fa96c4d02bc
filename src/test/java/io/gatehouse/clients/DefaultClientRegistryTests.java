package io.gatehouse.clients;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static io.gatehouse.support.ClientFixtures.customerClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rules for creating and editing a client, each with the message the form shows next to its field
 * (tenants and owners as in {@link Owners}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DefaultClientRegistryTests {

    static final long DEACTIVATED_USER_ID = Owners.DEACTIVATED_USER_ID;
    static final long OTHER_TENANTS_ID = Owners.OTHER_TENANTS_ID;

    @Autowired
    ClientRegistry registry;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantJdbc jdbc;

    Owners owners;

    @BeforeEach
    void tenantsWithOwners() {
        owners = Owners.create(tenants, jdbc, "registry");
    }

    static Stream<Arguments> invalidNewClients() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Stream.of(
                Arguments.of(adminClient().name("  ").build(), "name", "Enter a client name."),
                Arguments.of(adminClient().name("x".repeat(201)).build(), "name",
                        "The client name can have at most 200 characters."),
                Arguments.of(adminClient().accessLevel(null).build(), "accessLevel",
                        "Choose an access level: Admin or Customer."),
                Arguments.of(adminClient().ownerUserId(null).scopes("orders:read").build(), "owner",
                        "Choose the staff user who owns this client."),
                Arguments.of(adminClient().ownerUserId(OTHER_TENANTS_ID).scopes("orders:read").build(), "owner",
                        "The owner of an Admin client must be a user of this account."),
                Arguments.of(adminClient().ownerUserId(DEACTIVATED_USER_ID).scopes("orders:read").build(), "owner",
                        "This user is deactivated; choose an active user."),
                Arguments.of(customerClient().ownerCustomerId(null).build(), "owner",
                        "Choose the customer profile this client acts for."),
                Arguments.of(customerClient().ownerCustomerId(OTHER_TENANTS_ID).build(), "owner",
                        "The owner of a Customer client must be a customer of this account."),
                Arguments.of(withoutExpiration(adminClient().build()), "expiration", "Choose when the client expires."),
                Arguments.of(adminClient().expiresOn(null).build(), "expiration", "Choose the expiry date."),
                Arguments.of(adminClient().expiresOn(today).build(), "expiration",
                        "The expiry date must be in the future."),
                Arguments.of(adminClient().scopes().build(), "scopes", "Choose at least one scope."),
                Arguments.of(adminClient().scopes("orders:read", "orders:delete").build(), "scopes",
                        "Unknown scope: orders:delete."),
                Arguments.of(customerClient().scopes("orders:read", "users:read").build(), "scopes",
                        "users:read is never granted to a Customer client."),
                Arguments.of(adminClient().ownerUserId(ClientFixtures.STAFF_USER_ID).build(), "scopes",
                        "users:read needs an owner with the ADMIN role: a client never does more than its owner."),
                Arguments.of(adminClient().excludedFields("order.secretNotes").build(), "excludedFields",
                        "Unknown field: order.secretNotes."));
    }

    @ParameterizedTest
    @MethodSource("invalidNewClients")
    void createWhenRuleBrokenThenMessageOnItsFieldAndNothingCreated(NewClient request, String field, String message) {
        Map<String, String> errors = errors(() -> registry.create(request, "alice"));

        assertThat(errors).containsExactly(Map.entry(field, message));
        assertThat(in(registry::list)).isEmpty();
    }

    @Test
    void createWhenSeveralRulesBrokenThenOneMessagePerField() {
        NewClient request = new NewClient("", AccessLevel.CUSTOMER, null, null, null, List.of(), List.of("nope"));

        assertThat(errors(() -> registry.create(request, "alice")))
                .containsOnlyKeys("name", "owner", "expiration", "scopes", "excludedFields");
    }

    @Test
    void createWhenValidThenSecretReturnedOnceAndOwnerKeptForItsLevelOnly() {
        CreatedClient created = in(() -> registry.create(customerClient().ownerUserId(1L).build(), "alice"));

        assertThat(created.secret()).startsWith(DefaultClientRegistry.SECRET_PREFIX).hasSizeGreaterThanOrEqualTo(47);
        assertThat(created.toString()).doesNotContain(created.secret());
        OAuthClient stored = in(() -> registry.find(created.client().id())).orElseThrow();
        assertThat(stored.clientId()).startsWith(DefaultClientRegistry.CLIENT_ID_PREFIX);
        assertThat(stored.secretHash()).isNotEqualTo(created.secret()).doesNotContain(created.secret());
        assertThat(stored.ownerCustomerId()).isEqualTo(ClientFixtures.PARENT_CUSTOMER_ID);
        assertThat(stored.ownerUserId()).isNull();
        assertThat(stored.createdBy()).isEqualTo("alice");
    }

    @Test
    void createWhenExpiryDateChosenThenClientWorksThroughThatDayUtc() {
        LocalDate date = LocalDate.now(ZoneOffset.UTC).plusDays(10);

        OAuthClient client = in(() -> registry.create(adminClient().expiresOn(date).build(), "alice")).client();

        assertThat(client.expiresAt()).isEqualTo(date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(client.status(date.atTime(23, 59).toInstant(ZoneOffset.UTC))).isEqualTo(ClientStatus.ACTIVE);
        assertThat(client.status(client.expiresAt())).isEqualTo(ClientStatus.EXPIRED);
    }

    @Test
    void editWhenRuleBrokenThenMessagesOnFieldsAndClientUnchanged() {
        OAuthClient client = create(adminClient().ownerUserId(ClientFixtures.STAFF_USER_ID).scopes("orders:read"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(errors(() -> registry.edit(client.id(), new ClientEdit(" ", List.of("orders:read"), List.of(),
                today.plusDays(3)), "bob"))).containsExactly(Map.entry("name", "Enter a client name."));
        assertThat(errors(() -> registry.edit(client.id(), new ClientEdit("n", List.of("orders:read"), List.of(),
                null), "bob"))).containsExactly(Map.entry("expiresOn", "Choose the date the client expires."));
        assertThat(errors(() -> registry.edit(client.id(), new ClientEdit("n", List.of("orders:read"), List.of(),
                today), "bob"))).containsExactly(Map.entry("expiresOn", "The expiry date must be in the future."));
        assertThat(errors(() -> registry.edit(client.id(), new ClientEdit("n", List.of("users:read"), List.of(),
                today.plusDays(3)), "bob"))).containsExactly(Map.entry("scopes",
                "users:read needs an owner with the ADMIN role: a client never does more than its owner."));
        assertThat(errors(() -> registry.edit(client.id(), new ClientEdit("n", List.of(), List.of("x.y"),
                today.plusDays(3)), "bob"))).containsOnly(Map.entry("scopes", "Choose at least one scope."),
                Map.entry("excludedFields", "Unknown field: x.y."));
        assertThat(in(() -> registry.find(client.id()))).hasValue(client);
        assertThat(in(() -> registry.audit(client.id()))).extracting(AuditEntry::action).containsExactly("created");
    }

    @Test
    void editWhenCustomerClientGetsAdminOnlyScopeThenRefused() {
        OAuthClient client = create(customerClient());

        assertThat(errors(() -> registry.edit(client.id(), new ClientEdit("n", List.of("users:read"), List.of(),
                LocalDate.now(ZoneOffset.UTC).plusDays(3)), "bob")))
                .containsExactly(Map.entry("scopes", "users:read is never granted to a Customer client."));
    }

    private OAuthClient create(ClientFixtures.Builder builder) {
        return in(() -> registry.create(builder.build(), "alice")).client();
    }

    private Map<String, String> errors(Supplier<?> work) {
        InvalidClientException ex = catchThrowableOfType(InvalidClientException.class, () -> in(work));
        assertThat(ex).as("expected the request to be refused").isNotNull();
        return ex.errors();
    }

    private static NewClient withoutExpiration(NewClient r) {
        return new NewClient(r.name(), r.accessLevel(), r.ownerUserId(), r.ownerCustomerId(), null, r.scopes(),
                r.excludedFields());
    }

    private <T> T in(Supplier<T> work) {
        return owners.inA(work);
    }
}
