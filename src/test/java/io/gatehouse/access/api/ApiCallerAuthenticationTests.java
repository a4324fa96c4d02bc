package io.gatehouse.access.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;
import java.util.Set;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Visibility;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;

/** The authentication an API call carries once its token is checked: the caller, and nothing of the token. */
class ApiCallerAuthenticationTests {

    private final ApiCaller caller = new ApiCaller(100001, "gci_abc", "Shop app", "session-1", AccessLevel.ADMIN,
            7L, null, Set.of("orders:read", "customers:read"), Set.of(), Visibility.ALL);

    @Test
    void ofWhenCallerThenAuthenticatedWithCallerAsPrincipalAndScopesAsAuthorities() {
        Authentication authentication = ApiCallerAuthentication.of("gat_secret", caller);

        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getPrincipal()).isSameAs(caller);
        assertThat(authentication.getName()).isEqualTo("gci_abc");
        assertThat(AuthorityUtils.authorityListToSet(authentication.getAuthorities()))
                .containsExactlyInAnyOrder("SCOPE_orders:read", "SCOPE_customers:read");
    }

    @Test
    void ofWhenCallerThenTokenNotKept() {
        Authentication authentication = ApiCallerAuthentication.of("gat_secret", caller);

        assertThat(authentication.getCredentials()).isNull();
        assertThat(authentication.toString()).doesNotContain("gat_secret");
    }

    @Test
    void ofWhenPrincipalNotCallerThenWiringMistakeReported() {
        DefaultOAuth2AuthenticatedPrincipal other = new DefaultOAuth2AuthenticatedPrincipal(
                Map.of("sub", "someone"), AuthorityUtils.NO_AUTHORITIES);

        assertThatIllegalStateException().isThrownBy(() -> ApiCallerAuthentication.of("gat_secret", other))
                .withMessageContaining("not an ApiCaller");
    }
}
