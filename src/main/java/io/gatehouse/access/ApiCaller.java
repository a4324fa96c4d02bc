package io.gatehouse.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * Who is calling the API and what the policy lets them do: the scopes the token grants now, the customers
 * whose records they may see, and the fields hidden from them. Built fresh from the client's (or the user
 * token's) current state on every request, so an edit or a revocation applies on the next one.
 *
 * @param scopes         the scopes usable now (already without admin-only scopes the owner may not use)
 * @param excludedFields field ids such as {@code orderLine.purchasePrice}, widened to the fields they imply
 * @param userTokenId    the legacy user token used, or {@code null} for an OAuth2 client's access token
 */
public record ApiCaller(long clientPk, String clientId, String clientName, String sessionId, AccessLevel accessLevel,
        Long ownerUserId, Long ownerCustomerId, Set<String> scopes, Set<String> excludedFields, Visibility visibility,
        Long userTokenId) implements OAuth2AuthenticatedPrincipal {

    private static final String CLIENT_ID = "client_id";
    private static final String USER_TOKEN_ID = "user_token_id";
    private static final String SCOPE = "scope";
    private static final String SCOPE_AUTHORITY_PREFIX = "SCOPE_";

    /** The catalogue's scopes as authorities, made once: every API call's authentication holds them. */
    private static final Map<String, GrantedAuthority> SCOPE_AUTHORITIES = ScopeCatalogue.names().stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(),
                    scope -> new SimpleGrantedAuthority(SCOPE_AUTHORITY_PREFIX + scope)));

    public ApiCaller {
        scopes = Set.copyOf(scopes); // the same set when it is already an immutable one
        excludedFields = FieldCatalogue.withImplied(excludedFields);
    }

    /** The caller of an OAuth2 client's access token. */
    public ApiCaller(long clientPk, String clientId, String clientName, String sessionId, AccessLevel accessLevel,
            Long ownerUserId, Long ownerCustomerId, Set<String> scopes, Set<String> excludedFields,
            Visibility visibility) {
        this(clientPk, clientId, clientName, sessionId, accessLevel, ownerUserId, ownerCustomerId, scopes,
                excludedFields, visibility, null);
    }

    /**
     * The caller of a legacy user token: every record, no field hidden, and the scopes its user may use. There
     * is no client ({@code clientPk} 0, never an id) and no session.
     *
     * @param userName the user's display name, recorded as the author of what the token writes
     */
    public static ApiCaller userToken(long tokenId, long userId, String userName, Set<String> scopes) {
        return new ApiCaller(0, null, userName, null, AccessLevel.ADMIN, userId, null, scopes, Set.of(),
                Visibility.ALL, tokenId);
    }

    public boolean isUserToken() {
        return userTokenId != null;
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

    /**
     * The property names of a representation (e.g. {@code order}) hidden from this caller. Asked several times
     * per API call, so a loop that allocates nothing when nothing is hidden (an Admin client), not a stream.
     */
    public Set<String> hidden(String representation) {
        if (excludedFields.isEmpty()) {
            return Set.of();
        }
        int length = representation.length();
        String[] names = null;
        int found = 0;
        for (String field : excludedFields) {
            if (field.length() > length + 1 && field.charAt(length) == '.' && field.startsWith(representation)) {
                names = names == null ? new String[excludedFields.size()] : names;
                names[found++] = field.substring(length + 1);
            }
        }
        return found == 0 ? Set.of() : Set.of(Arrays.copyOf(names, found));
    }

    /**
     * The scopes, sorted, for messages such as "this client has orders:read", and as the {@code scope}
     * attribute: an array sort, without a stream (docs/decisions.md §35).
     */
    public List<String> sortedScopes() {
        String[] sorted = scopes.toArray(String[]::new);
        Arrays.sort(sorted);
        return List.of(sorted);
    }

    @Override
    public Map<String, Object> getAttributes() {
        Map<String, Object> attributes = new HashMap<>(4);
        String subject = isUserToken() ? USER_TOKEN_ID : CLIENT_ID;
        attributes.put(subject, getAttribute(subject));
        attributes.put(SCOPE, sortedScopes());
        return attributes;
    }

    /**
     * One attribute without building all of them (a caller has no {@code iat} or {@code exp}, say): the same
     * value as the whole map's.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <A> A getAttribute(String name) {
        if (name == null) {
            return null; // as the map's get would answer
        }
        Object value = switch (name) {
            case CLIENT_ID -> isUserToken() ? null : clientId;
            case USER_TOKEN_ID -> userTokenId;
            case SCOPE -> sortedScopes();
            default -> null;
        };
        return (A) value;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>(scopes.size());
        for (String scope : scopes) {
            GrantedAuthority made = SCOPE_AUTHORITIES.get(scope); // none for a scope no longer catalogued
            authorities.add(made != null ? made : new SimpleGrantedAuthority(SCOPE_AUTHORITY_PREFIX + scope));
        }
        return authorities;
    }

    @Override
    public String getName() {
        return isUserToken() ? "user-token-" + userTokenId : clientId;
    }
}
