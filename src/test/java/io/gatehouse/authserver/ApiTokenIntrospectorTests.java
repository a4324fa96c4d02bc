package io.gatehouse.authserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Visibility;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.UserTokens;

import org.junit.jupiter.api.Test;

/**
 * The caller a token yields, reused for a session while nothing it was built from changed, and built again on
 * the next request when the client, the scopes usable or the customer tree did: an edit applies at once.
 */
class ApiTokenIntrospectorTests {

    private static final String TOKEN = "gat_token";

    private final AtomicReference<TokenCheck> check = new AtomicReference<>();
    private final AtomicReference<Set<Long>> tree = new AtomicReference<>(Set.of(4L, 5L));
    private final ApiTokenIntrospector introspector = new ApiTokenIntrospector(token -> check.get(),
            mock(Sessions.class), customerId -> tree.get(), mock(UserTokens.class), Clock.systemUTC());

    @Test
    void introspectWhenNothingChangedThenSameCallerServedAgain() {
        OAuthClient client = customerClient(List.of("order.locationId"));
        check.set(active("session-1", client, List.of("orders:read")));

        ApiCaller first = caller();

        assertThat(caller()).isSameAs(first);
        assertThat(first.sessionId()).isEqualTo("session-1");
        assertThat(first.visibility()).isEqualTo(new Visibility.OwnedBy(Set.of(4L, 5L)));
    }

    @Test
    void introspectWhenClientEditedThenNextCallerHidesTheNewFields() {
        check.set(active("session-1", customerClient(List.of("order.locationId")), List.of("orders:read")));
        ApiCaller before = caller();

        check.set(active("session-1", customerClient(List.of("order.locationId", "orderLine.purchasePrice")),
                List.of("orders:read")));

        assertThat(before.hidden("orderLine")).isEmpty();
        assertThat(caller().hidden("orderLine")).containsExactly("purchasePrice");
    }

    @Test
    void introspectWhenScopesNarrowedThenNextCallerHoldsOnlyTheRest() {
        OAuthClient client = customerClient(List.of());
        check.set(active("session-1", client, List.of("orders:read", "customers:read")));
        assertThat(caller().holds("customers:read")).isTrue();

        check.set(active("session-1", client, List.of("orders:read")));

        assertThat(caller().holds("customers:read")).isFalse();
    }

    @Test
    void introspectWhenCustomerTreeChangedThenNextCallerSeesTheNewTree() {
        check.set(active("session-1", customerClient(List.of()), List.of("orders:read")));
        assertThat(caller().visibility().sees(6L)).isFalse();

        tree.set(Set.of(4L, 5L, 6L));

        assertThat(caller().visibility().sees(6L)).isTrue();
    }

    @Test
    void introspectWhenClientReadAgainUnchangedThenEqualCallerBuiltOnceAndServedAfter() {
        check.set(active("session-1", customerClient(List.of("order.locationId")), List.of("orders:read")));
        ApiCaller first = caller();

        // The client's cache dropped its entry (a safety expiry, say) and read the same row again.
        check.set(active("session-1", customerClient(List.of("order.locationId")), List.of("orders:read")));
        ApiCaller second = caller();

        assertThat(second).isEqualTo(first);
        assertThat(caller()).isSameAs(second);
    }

    @Test
    void introspectWhenScopesUsableAreANewButEqualListThenSameCallerServed() {
        OAuthClient client = customerClient(List.of());
        check.set(active("session-1", client, List.of("orders:read")));
        ApiCaller first = caller();

        // A Customer client's usable scopes are filtered into a new list on every call.
        check.set(active("session-1", client, new ArrayList<>(List.of("orders:read"))));

        assertThat(caller()).isSameAs(first);
    }

    @Test
    void introspectWhenAnotherSessionOfTheClientThenItsOwnCaller() {
        OAuthClient client = customerClient(List.of());
        check.set(active("session-1", client, List.of("orders:read")));
        ApiCaller first = caller();

        check.set(active("session-2", client, List.of("orders:read")));

        assertThat(caller().sessionId()).isEqualTo("session-2");
        assertThat(first.sessionId()).isEqualTo("session-1");
    }

    private ApiCaller caller() {
        return (ApiCaller) introspector.introspect(TOKEN);
    }

    private static TokenCheck.Active active(String sessionId, OAuthClient client, List<String> scopes) {
        return new TokenCheck.Active(sessionId, client, scopes, Instant.now().plus(1, ChronoUnit.HOURS));
    }

    private static OAuthClient customerClient(List<String> excludedFields) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        return new OAuthClient(100001, "gci_shop", "Shop app", AccessLevel.CUSTOMER, null, 4L,
                List.of("orders:read", "customers:read"), excludedFields, created.plus(365, ChronoUnit.DAYS),
                "hash", null, null, null, created, "admin", created);
    }
}
