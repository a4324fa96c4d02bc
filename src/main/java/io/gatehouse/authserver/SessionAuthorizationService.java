package io.gatehouse.authserver;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.gatehouse.access.Attribution;
import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.shared.KeyedHasher;
import io.gatehouse.shared.TimeOrderedIds;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The authorization server's store of issued tokens, over the session table of the current tenant. A new
 * authorization becomes a session row holding only the keyed hash of its token; an invalidated one (the
 * revocation endpoint) revokes its session. A token is found only on the tenant that issued it, and is
 * reported inactive as soon as its session or its client can no longer be used. New sessions are written by
 * {@link SessionInserts}, which commits many requests' rows together.
 */
@Component
class SessionAuthorizationService implements OAuth2AuthorizationService {

    private final SessionStore store;
    private final SessionInserts inserts;
    private final DefaultAccessTokens tokens;
    private final ClientRegistry clients;
    private final KeyedHasher hasher;
    private final Clock clock;

    SessionAuthorizationService(SessionStore store, SessionInserts inserts, DefaultAccessTokens tokens,
            ClientRegistry clients, KeyedHasher hasher, Clock clock) {
        this.store = store;
        this.inserts = inserts;
        this.tokens = tokens;
        this.clients = clients;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> token = authorization.getAccessToken();
        if (token == null || authorization.getRefreshToken() != null) {
            throw new IllegalArgumentException("Only access tokens are issued here");
        }
        // Only two flows save here: issuing a new token, and the revocation endpoint invalidating one.
        if (token.isInvalidated()) {
            store.revoke(authorization.getId(), clock.instant());
            return;
        }
        OAuth2AccessToken accessToken = token.getToken();
        HttpServletRequest request = currentRequest();
        long clientPk = Long.parseLong(authorization.getRegisteredClientId());
        // The session's own id, not the authorization's random one: time-ordered, so the session table's key and
        // the request log's session index grow at their right edge (decisions §25). Nothing reads the
        // authorization's id after this save; later look-ups rebuild the authorization from the row.
        String sessionId = TimeOrderedIds.next(clock.millis());
        if (request != null) {
            Attribution.client(clientPk, sessionId).attachTo(request);
        }
        // Returns once the row is committed (grouped with other requests' rows), so the token is never handed out
        // for a session that was not stored; throws otherwise, and the request fails without a token.
        inserts.insert(SessionRecord.issued(sessionId, clientPk,
                hasher.hash(accessToken.getTokenValue()), accessToken.getScopes().stream().sorted().toList(),
                accessToken.getIssuedAt(), accessToken.getExpiresAt(),
                request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getHeader("User-Agent")));
    }

    /** Sessions are kept for View Sessions and the logs; removing one revokes it. */
    @Override
    public void remove(OAuth2Authorization authorization) {
        store.revoke(authorization.getId(), clock.instant());
    }

    /** The session without its token, which is not kept and cannot be rebuilt. */
    @Override
    public OAuth2Authorization findById(String id) {
        return store.findById(id)
                .flatMap(session -> clients.find(session.clientPk())
                        .map(client -> OAuth2Authorization
                                .withRegisteredClient(TenantRegisteredClientRepository.toRegisteredClient(client,
                                        clock.instant()))
                                .id(session.id())
                                .principalName(client.clientId())
                                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                                .authorizedScopes(new LinkedHashSet<>(session.scopes()))
                                .build()))
                .orElse(null);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (tokenType != null && !OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            return null;
        }
        return tokens.resolve(token).map(r -> toAuthorization(token, r)).orElse(null);
    }

    private OAuth2Authorization toAuthorization(String rawToken, DefaultAccessTokens.Resolution r) {
        SessionRecord session = r.session();
        Set<String> scopes = new LinkedHashSet<>(r.scopes());
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, rawToken,
                session.issuedAt(), session.expiresAt(), scopes);
        // What introspection reports besides active, client_id and token_type (RFC 7662 §2.2).
        Map<String, Object> claims = new LinkedHashMap<>();
        AuthorizationServerContext context = AuthorizationServerContextHolder.getContext();
        if (context != null && context.getIssuer() != null) {
            claims.put(OAuth2TokenIntrospectionClaimNames.ISS, context.getIssuer());
        }
        claims.put(OAuth2TokenIntrospectionClaimNames.SUB, r.client().clientId());
        claims.put(OAuth2TokenIntrospectionClaimNames.SCOPE, r.scopes());
        claims.put(OAuth2TokenIntrospectionClaimNames.IAT, session.issuedAt());
        claims.put(OAuth2TokenIntrospectionClaimNames.EXP, session.expiresAt());
        return OAuth2Authorization
                .withRegisteredClient(TenantRegisteredClientRepository.toRegisteredClient(r.client(), clock.instant()))
                .id(session.id())
                .principalName(r.client().clientId())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .authorizedScopes(scopes)
                .token(accessToken, metadata -> {
                    metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims);
                    metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME, r.refusal() != null);
                })
                .build();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
