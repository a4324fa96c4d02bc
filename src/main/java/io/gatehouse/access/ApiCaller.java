package io.gatehouse.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * Who is calling the API and what the policy lets them do: the scopes the token grants now, the customers
 * whose records they may see, and the fields hidden from them. Built fresh from the client's current state
 * on every request, so an edit or a revocation applies on the next one.
 *
 * @param scopes         the scopes usable now (already without admin-only scopes the owner may not use)
 * @param excludedFields field ids such as {@code orderLine.purchasePrice}, widened to the fields they imply
 */
public record ApiCaller(long clientPk, String clientId, String clientName, String sessionId, AccessLevel accessLevel,
        Long ownerUserId, Long ownerCustomerId, Set<String> scopes, Set<String> excludedFields, Visibility visibility)
        implements OAuth2AuthenticatedPrincipal {

    public ApiCaller {
        scopes = Set.copyOf(new LinkedHashSet<>(scopes));
        excludedFields = Set.copyOf(FieldCatalogue.withImplied(excludedFields));
    }

    /** The caller of the request on this thread; the API's security chain guarantees there is one. */
    public static ApiCaller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiCaller caller) {
            return caller;
        }
        throw new IllegalStateException("No API caller on this thread");
    }

    public boolean holds(String scope) {
        return scopes.contains(scope);
    }

    public boolean isCustomer() {
        return accessLevel == AccessLevel.CUSTOMER;
    }

    /** The owner customer's id, or 0 (never an id) for an Admin client: for comparisons with record ids. */
    public long ownerCustomerIdOrZero() {
        return ownerCustomerId == null ? 0 : ownerCustomerId;
    }

    /** The property names of a representation (e.g. {@code order}) hidden from this caller. */
    public Set<String> hidden(String representation) {
        String prefix = representation + ".";
        return excludedFields.stream().filter(f -> f.startsWith(prefix))
                .map(f -> f.substring(prefix.length())).collect(Collectors.toUnmodifiableSet());
    }

    /** The scopes, sorted, for messages such as "this client has orders:read". */
    public List<String> sortedScopes() {
        return scopes.stream().sorted().toList();
    }

    @Override
    public Map<String, Object> getAttributes() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("client_id", clientId);
        attributes.put("scope", sortedScopes());
        return attributes;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return scopes.stream().map(s -> new SimpleGrantedAuthority("SCOPE_" + s)).toList();
    }

    @Override
    public String getName() {
        return clientId;
    }
}
