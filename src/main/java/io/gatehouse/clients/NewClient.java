package io.gatehouse.clients;

import java.util.List;

import io.gatehouse.access.AccessLevel;

/** What the "Create New Client" form asks for. Nulls are missing answers, reported by validation. */
public record NewClient(String name, AccessLevel accessLevel, Long ownerUserId, Long ownerCustomerId,
        TokenExpiration expiration, List<String> scopes, List<String> excludedFields) {

    public NewClient {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        excludedFields = excludedFields == null ? List.of() : List.copyOf(excludedFields);
    }
}
