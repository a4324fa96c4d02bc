package io.gatehouse.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one rule for which scopes someone may use: admin-only scopes need an admin, unknown names are nobody's. */
class ScopeCatalogueTests {

    @Test
    void usableWhenNotAdminThenAdminOnlyAndUnknownScopesDroppedInTheOrderGiven() {
        List<String> usable = ScopeCatalogue.usable(List.of("users:read", "orders:read", "nope:read",
                "customers:read"), false);

        assertThat(usable).containsExactly("orders:read", "customers:read");
    }

    @Test
    void usableWhenAdminThenAdminOnlyScopesKeptAndUnknownDropped() {
        assertThat(ScopeCatalogue.usable(List.of("users:read", "nope:read", "orders:read"), true))
                .containsExactly("users:read", "orders:read");
    }

    @Test
    void usableWhenEveryScopeUsableThenTheSameUnmodifiableListIsAnswered() {
        List<String> scopes = List.of("orders:read", "customers:read");

        assertThat(ScopeCatalogue.usable(scopes, false)).isSameAs(scopes);
    }

    @Test
    void usableWhenGivenAModifiableListThenItsLaterChangesDoNotReachTheAnswer() {
        List<String> scopes = new ArrayList<>(List.of("orders:read"));

        List<String> usable = ScopeCatalogue.usable(scopes, false);
        scopes.add("users:read");

        assertThat(usable).containsExactly("orders:read");
    }

    @Test
    void usableWhenANameIsNullThenItIsDropped() {
        assertThat(ScopeCatalogue.usable(Arrays.asList("orders:read", null), false)).containsExactly("orders:read");
    }
}
