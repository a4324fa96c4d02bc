package io.gatehouse.authserver;

import java.time.Clock;
import java.time.Instant;

import io.gatehouse.shared.RandomStrings;

import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Opaque bearer tokens: 256 random bits behind a fixed prefix, so secret scanners recognise a leaked one.
 * Generates access tokens only; there are no refresh tokens. What introspection reports about a token is
 * rebuilt from its session row, so the token carries no claims of its own.
 */
final class OpaqueAccessTokenGenerator implements OAuth2TokenGenerator<OAuth2AccessToken> {

    static final String PREFIX = "gat_";

    private final Clock clock;

    OpaqueAccessTokenGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OAuth2AccessToken generate(OAuth2TokenContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return null;
        }
        RegisteredClient client = context.getRegisteredClient();
        Instant issuedAt = clock.instant();
        Instant expiresAt = issuedAt.plus(client.getTokenSettings().getAccessTokenTimeToLive());
        // The tenant's lifetime, but a token never outlives its client.
        if (client.getClientSecretExpiresAt() != null && client.getClientSecretExpiresAt().isBefore(expiresAt)) {
            expiresAt = client.getClientSecretExpiresAt();
        }
        if (!expiresAt.isAfter(issuedAt)) {
            return null;
        }
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, PREFIX + RandomStrings.base62(256),
                issuedAt, expiresAt, context.getAuthorizedScopes());
    }
}
