package io.gatehouse.clients;

import java.time.Instant;
import java.util.List;

import io.gatehouse.access.AccessLevel;

/**
 * An OAuth2 client of a tenant. {@code id} is the internal key; {@code clientId} is the public
 * identifier presented at the token endpoint. The secret itself is never kept, only its keyed hash.
 */
public record OAuthClient(long id, String clientId, String name, AccessLevel accessLevel, Long ownerUserId,
        Long ownerCustomerId, List<String> scopes, List<String> excludedFields, Instant expiresAt,
        String secretHash, String previousSecretHash, Instant previousSecretValidUntil, Instant revokedAt,
        Instant createdAt, String createdBy, Instant updatedAt) {

    public OAuthClient {
        scopes = List.copyOf(scopes);
        excludedFields = List.copyOf(excludedFields);
    }

    public ClientStatus status(Instant now) {
        if (revokedAt != null) {
            return ClientStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? ClientStatus.ACTIVE : ClientStatus.EXPIRED;
    }

    /** Hashes of every secret that authenticates this client right now (two during a rotation grace period). */
    public List<String> validSecretHashes(Instant now) {
        if (previousSecretHash != null && previousSecretValidUntil != null && now.isBefore(previousSecretValidUntil)) {
            return List.of(secretHash, previousSecretHash);
        }
        return List.of(secretHash);
    }

    OAuthClient edited(String newName, List<String> newScopes, List<String> newExcludedFields, Instant newExpiresAt,
            Instant now) {
        return new OAuthClient(id, clientId, newName, accessLevel, ownerUserId, ownerCustomerId, newScopes,
                newExcludedFields, newExpiresAt, secretHash, previousSecretHash, previousSecretValidUntil, revokedAt,
                createdAt, createdBy, now);
    }

    /** @param previousValidUntil until when {@code previousHash} still authenticates; null with no grace */
    OAuthClient withSecret(String newSecretHash, String previousHash, Instant previousValidUntil, Instant now) {
        return new OAuthClient(id, clientId, name, accessLevel, ownerUserId, ownerCustomerId, scopes, excludedFields,
                expiresAt, newSecretHash, previousHash, previousValidUntil, revokedAt, createdAt, createdBy, now);
    }

    /** Revoked, with no secret grace left: nothing authenticates any more. */
    OAuthClient revoked(Instant now) {
        return new OAuthClient(id, clientId, name, accessLevel, ownerUserId, ownerCustomerId, scopes, excludedFields,
                expiresAt, secretHash, null, null, now, createdAt, createdBy, now);
    }
}
