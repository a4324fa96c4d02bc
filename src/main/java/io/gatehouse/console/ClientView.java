package io.gatehouse.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.access.Field;
import io.gatehouse.access.FieldCatalogue;
import io.gatehouse.access.Scope;
import io.gatehouse.access.ScopeCatalogue;
import io.gatehouse.clients.ClientStatus;
import io.gatehouse.clients.OAuthClient;

/** A client as the console shows it: owner resolved to a name, status as of now, catalogue entries. */
record ClientView(long id, String name, String clientId, AccessLevel accessLevel, String owner, ClientStatus status,
        Instant expiresAt, Instant createdAt, String createdBy, Instant updatedAt, Instant previousSecretValidUntil,
        List<Scope> scopes, List<String> excludedFields) {

    static ClientView of(OAuthClient client, String owner, Instant now) {
        List<Scope> scopes = client.scopes().stream()
                .map(name -> ScopeCatalogue.find(name).orElse(new Scope(name, "", "", false, List.of())))
                .toList();
        List<String> excluded = client.excludedFields().stream()
                .map(id -> FieldCatalogue.find(id).map(Field::displayName).orElse(id))
                .toList();
        Instant graceUntil = client.previousSecretValidUntil() != null && now.isBefore(client.previousSecretValidUntil())
                ? client.previousSecretValidUntil() : null;
        return new ClientView(client.id(), client.name(), client.clientId(), client.accessLevel(), owner,
                client.status(now), client.expiresAt(), client.createdAt(), client.createdBy(), client.updatedAt(),
                graceUntil, scopes, excluded);
    }

    /** The last day the client works: it expires at the end of it (or during it, for Week/Month/Year). */
    public LocalDate expiresOn() {
        return lastDay(expiresAt);
    }

    public boolean revoked() {
        return status == ClientStatus.REVOKED;
    }

    static LocalDate lastDay(Instant expiresAt) {
        return LocalDate.ofInstant(expiresAt.minusNanos(1), ZoneOffset.UTC);
    }
}
