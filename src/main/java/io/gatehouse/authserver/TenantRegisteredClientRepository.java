package io.gatehouse.authserver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;

import io.gatehouse.access.Attribution;
import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.shared.Caches;
import io.gatehouse.shared.HmacSecretEncoder;
import io.gatehouse.tenancy.TenantContext;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The authorization server's view of the current tenant's clients. A client that may not obtain tokens
 * (revoked, expired, owner deactivated) is not found at all, so the token endpoint answers exactly as for
 * an unknown client id or a wrong secret: {@code invalid_client}.
 */
@Component
class TenantRegisteredClientRepository implements RegisteredClientRepository {

    private final ClientRegistry clients;
    private final ClientStanding standing;
    private final Clock clock;
    /**
     * The last client built for the token endpoint, per cached client. Keyed by the cached object itself (weak
     * keys compare by identity): an edited client is a new object, and its old entry goes with the old object. What
     * may change without an edit (the scopes usable now, the secrets valid now, the tenant's token lifetime) is
     * compared on every use. Building it anew took a twentieth of a token request's CPU (decisions §26).
     */
    private final Cache<OAuthClient, Built> built = Caches.builder().weakKeys().maximumSize(10_000).build();

    private record Built(List<String> scopes, List<String> secretHashes, Duration tokenTtl, RegisteredClient client) {

        boolean matches(List<String> usable, List<String> hashes, Duration ttl) {
            return scopes.equals(usable) && secretHashes.equals(hashes) && tokenTtl.equals(ttl);
        }
    }

    TenantRegisteredClientRepository(ClientRegistry clients, ClientStanding standing, Clock clock) {
        this.clients = clients;
        this.standing = standing;
        this.clock = clock;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Clients are created and changed only in the console");
    }

    /** Any client of the tenant, whatever its standing: used to describe tokens already issued. */
    @Override
    public RegisteredClient findById(String id) {
        Long pk = parse(id);
        return pk == null ? null
                : clients.find(pk).map(c -> toRegisteredClient(c, clock.instant())).orElse(null);
    }

    /**
     * Also ties the request to the client for the request log, so that a refused token request for a known
     * client id is logged with why it was refused; and refuses every token request while the tenant's API
     * is turned off.
     */
    @Override
    public RegisteredClient findByClientId(String clientId) {
        Instant now = clock.instant();
        Optional<OAuthClient> found = clients.findByClientId(clientId);
        found.ifPresent(client -> Attribution.client(client.id(), null).attachToCurrentRequest());
        if (!TenantContext.require().apiEnabled()) {
            throw TokenRequestRefusals.apiDisabled();
        }
        return found.flatMap(client -> {
            ClientStanding.Standing judged = standing.judge(client, now);
            judged.refusal().ifPresent(TokenRequestRefusals::clientRefused);
            // Only scopes usable now can be granted: a demoted owner's client gets no admin-only scope.
            return judged.refusal().isPresent() ? Optional.<RegisteredClient>empty()
                    : Optional.of(forTokenEndpoint(client, judged.usable(client.scopes()), now));
        }).orElse(null);
    }

    private RegisteredClient forTokenEndpoint(OAuthClient client, List<String> usable, Instant now) {
        List<String> hashes = client.validSecretHashes(now);
        Duration ttl = TenantContext.require().accessTokenTtl();
        Built last = built.getIfPresent(client);
        if (last != null && last.matches(usable, hashes, ttl)) {
            return last.client();
        }
        RegisteredClient fresh = toRegisteredClient(client, usable, now);
        built.put(client, new Built(List.copyOf(usable), hashes, ttl, fresh));
        return fresh;
    }

    /** The scopes the client may be granted now, for the log's sentence on an {@code invalid_scope}. */
    Set<String> grantableScopes(long clientPk) {
        Instant now = clock.instant();
        return clients.find(clientPk)
                .map(client -> Set.copyOf(standing.judge(client, now).usable(client.scopes())))
                .orElse(Set.of());
    }

    /** The client with every scope it holds: to describe tokens already issued. */
    static RegisteredClient toRegisteredClient(OAuthClient client, Instant now) {
        return toRegisteredClient(client, client.scopes(), now);
    }

    private static RegisteredClient toRegisteredClient(OAuthClient client, List<String> scopes, Instant now) {
        return RegisteredClient.withId(String.valueOf(client.id()))
                .clientId(client.clientId())
                .clientIdIssuedAt(client.createdAt())
                .clientName(client.name())
                // Every secret valid now (two during a rotation grace period); see HmacSecretEncoder.
                .clientSecret("{" + HmacSecretEncoder.ID + "}" + String.join("|", client.validSecretHashes(now)))
                .clientSecretExpiresAt(client.expiresAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(granted -> granted.addAll(scopes))
                .clientSettings(ClientSettings.builder().requireProofKey(false).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.REFERENCE)
                        // OpaqueAccessTokenGenerator caps each token at the client's expiry.
                        .accessTokenTimeToLive(TenantContext.require().accessTokenTtl())
                        .build())
                .build();
    }

    private static Long parse(String id) {
        try {
            return id == null ? null : Long.valueOf(id);
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
