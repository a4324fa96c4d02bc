package io.gatehouse.clients;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.shared.KeyedHasher;
import io.gatehouse.shared.RandomStrings;
import io.gatehouse.tenancy.TenantContext;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The clients of the current tenant. Changes run in transactions opened here, not declared with an annotation:
 * that would make this bean a proxy, in front of {@link #find} and {@link #findByClientId} too, which are on every
 * API call and every token request.
 */
@Service
class DefaultClientRegistry implements ClientRegistry {

    /** Prefixes make leaked credentials recognisable to secret scanners. */
    static final String CLIENT_ID_PREFIX = "gci_";
    static final String SECRET_PREFIX = "gcs_";

    private final ClientStore store;
    private final ClientValidator validator;
    private final KeyedHasher hasher;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionOperations transactions;

    DefaultClientRegistry(ClientStore store, ClientValidator validator, KeyedHasher hasher,
            ApplicationEventPublisher events, Clock clock, TransactionOperations transactions) {
        this.store = store;
        this.validator = validator;
        this.hasher = hasher;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public List<OAuthClient> list() {
        return store.list();
    }

    @Override
    public Optional<OAuthClient> find(long id) {
        return store.findById(id);
    }

    @Override
    public Optional<OAuthClient> findByClientId(String clientId) {
        return store.findByClientId(clientId);
    }

    @Override
    public CreatedClient create(NewClient request, String actor) {
        return transactions.execute(status -> created(request, actor));
    }

    private CreatedClient created(NewClient request, String actor) {
        Instant now = clock.instant();
        Map<String, String> errors = validator.validate(request, now);
        if (!errors.isEmpty()) {
            throw new InvalidClientException(errors);
        }
        String secret = newSecret();
        boolean admin = request.accessLevel() == AccessLevel.ADMIN;
        OAuthClient client = store.insert(new OAuthClient(0, CLIENT_ID_PREFIX + RandomStrings.base62(128),
                request.name().strip(), request.accessLevel(), admin ? request.ownerUserId() : null,
                admin ? null : request.ownerCustomerId(), request.scopes(), request.excludedFields(),
                request.expiration().resolve(now), hasher.hash(secret), null, null, null, now, actor, now));
        store.appendAudit(client.id(), now, actor, "created", "access level " + client.accessLevel().label()
                + "; scopes " + list(client.scopes()) + "; excluded fields " + list(client.excludedFields())
                + "; expires " + client.expiresAt());
        return new CreatedClient(client, secret);
    }

    @Override
    public OAuthClient edit(long id, ClientEdit edit, String actor) {
        return transactions.execute(status -> edited(id, edit, actor));
    }

    private OAuthClient edited(long id, ClientEdit edit, String actor) {
        OAuthClient client = modifiable(id);
        Instant now = clock.instant();
        Map<String, String> errors = validator.validate(edit, client, now);
        if (!errors.isEmpty()) {
            throw new InvalidClientException(errors);
        }
        Instant expiresAt = sameDay(client.expiresAt(), edit.expiresOn())
                ? client.expiresAt() : TokenExpiration.endOf(edit.expiresOn());
        OAuthClient edited = client.edited(edit.name().strip(), edit.scopes(), edit.excludedFields(), expiresAt, now);
        List<String> changes = new ArrayList<>();
        diff(changes, "name", client.name(), edited.name());
        diff(changes, "scopes", list(client.scopes()), list(edited.scopes()));
        diff(changes, "excluded fields", list(client.excludedFields()), list(edited.excludedFields()));
        diff(changes, "expires", client.expiresAt().toString(), edited.expiresAt().toString());
        if (changes.isEmpty()) {
            return client;
        }
        store.update(edited);
        store.appendAudit(id, now, actor, "edited", String.join("; ", changes));
        changed(edited);
        return edited;
    }

    @Override
    public String rotateSecret(long id, RotationGrace grace, String actor) {
        return transactions.execute(status -> rotated(id, grace, actor));
    }

    private String rotated(long id, RotationGrace grace, String actor) {
        OAuthClient client = modifiable(id);
        Instant now = clock.instant();
        String secret = newSecret();
        boolean keepOld = grace != RotationGrace.NONE;
        store.update(client.withSecret(hasher.hash(secret), keepOld ? client.secretHash() : null,
                keepOld ? now.plus(grace.duration()) : null, now));
        store.appendAudit(id, now, actor, "secret rotated", "previous secret valid for " + grace.label());
        changed(client);
        return secret;
    }

    @Override
    public void revoke(long id, String actor) {
        transactions.executeWithoutResult(status -> revoked(id, actor));
    }

    private void revoked(long id, String actor) {
        OAuthClient client = store.findById(id).orElseThrow(() -> new NoSuchElementException("No such client"));
        if (client.revokedAt() != null) {
            return;
        }
        Instant now = clock.instant();
        store.update(client.revoked(now));
        store.appendAudit(id, now, actor, "revoked", "client and all its tokens stop working");
        changed(client);
    }

    @Override
    public List<AuditEntry> audit(long id) {
        return store.audit(id);
    }

    @Override
    public void recordInAudit(long id, String actor, String action, String details) {
        store.appendAudit(id, clock.instant(), actor, action, details);
    }

    private OAuthClient modifiable(long id) {
        OAuthClient client = store.findById(id).orElseThrow(() -> new NoSuchElementException("No such client"));
        if (client.revokedAt() != null) {
            throw new ClientRevokedException(client.id());
        }
        return client;
    }

    private void changed(OAuthClient client) {
        events.publishEvent(new ClientChanged(TenantContext.id(), client.id(), client.clientId()));
    }

    private static String newSecret() {
        return SECRET_PREFIX + RandomStrings.base62(256);
    }

    private static boolean sameDay(Instant instant, LocalDate date) {
        return LocalDate.ofInstant(instant.minusNanos(1), ZoneOffset.UTC).equals(date);
    }

    private static void diff(List<String> changes, String what, String before, String after) {
        if (!before.equals(after)) {
            changes.add(what + ": " + before + " → " + after);
        }
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "(none)" : String.join(", ", values);
    }
}
