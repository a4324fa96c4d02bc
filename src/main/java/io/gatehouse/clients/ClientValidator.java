package io.gatehouse.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.access.FieldCatalogue;
import io.gatehouse.access.Scope;
import io.gatehouse.access.ScopeCatalogue;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.shop.CustomerDirectory;

import org.springframework.stereotype.Component;

/** The rules for a client, with a message per form field that breaks one. */
@Component
class ClientValidator {

    private final UserDirectory users;
    private final CustomerDirectory customers;

    ClientValidator(UserDirectory users, CustomerDirectory customers) {
        this.users = users;
        this.customers = customers;
    }

    Map<String, String> validate(NewClient request, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        name(request.name(), errors);
        Optional<ConsoleUser> ownerUser = Optional.empty();
        if (request.accessLevel() == null) {
            errors.put("accessLevel", "Choose an access level: Admin or Customer.");
        }
        else if (request.accessLevel() == AccessLevel.ADMIN) {
            ownerUser = request.ownerUserId() == null ? Optional.empty() : users.find(request.ownerUserId());
            if (request.ownerUserId() == null) {
                errors.put("owner", "Choose the staff user who owns this client.");
            }
            else if (ownerUser.isEmpty()) {
                errors.put("owner", "The owner of an Admin client must be a user of this account.");
            }
            else if (!ownerUser.get().active()) {
                errors.put("owner", "This user is deactivated; choose an active user.");
            }
        }
        else if (request.ownerCustomerId() == null) {
            errors.put("owner", "Choose the customer profile this client acts for.");
        }
        else if (customers.find(request.ownerCustomerId()).isEmpty()) {
            errors.put("owner", "The owner of a Customer client must be a customer of this account.");
        }
        expiration(request.expiration(), now, errors);
        boolean mayUseAdminScopes = request.accessLevel() == AccessLevel.ADMIN
                && ownerUser.map(ConsoleUser::isAdmin).orElse(false);
        scopes(request.scopes(), request.accessLevel(), mayUseAdminScopes, errors);
        excludedFields(request.excludedFields(), errors);
        return errors;
    }

    Map<String, String> validate(ClientEdit edit, OAuthClient client, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        name(edit.name(), errors);
        if (edit.expiresOn() == null) {
            errors.put("expiresOn", "Choose the date the client expires.");
        }
        else if (!edit.expiresOn().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            errors.put("expiresOn", "The expiry date must be in the future.");
        }
        boolean mayUseAdminScopes = client.accessLevel() == AccessLevel.ADMIN && client.ownerUserId() != null
                && users.find(client.ownerUserId()).map(ConsoleUser::isAdmin).orElse(false);
        scopes(edit.scopes(), client.accessLevel(), mayUseAdminScopes, errors);
        excludedFields(edit.excludedFields(), errors);
        return errors;
    }

    private static void name(String name, Map<String, String> errors) {
        if (name == null || name.isBlank()) {
            errors.put("name", "Enter a client name.");
        }
        else if (name.strip().length() > 200) {
            errors.put("name", "The client name can have at most 200 characters.");
        }
    }

    private static void expiration(TokenExpiration expiration, Instant now, Map<String, String> errors) {
        if (expiration == null || expiration.choice() == null) {
            errors.put("expiration", "Choose when the client expires.");
        }
        else if (expiration.choice() == TokenExpiration.Choice.DATE) {
            if (expiration.date() == null) {
                errors.put("expiration", "Choose the expiry date.");
            }
            else if (!expiration.date().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
                errors.put("expiration", "The expiry date must be in the future.");
            }
        }
    }

    private static void scopes(List<String> scopes, AccessLevel level, boolean mayUseAdminScopes,
            Map<String, String> errors) {
        if (scopes.isEmpty()) {
            errors.put("scopes", "Choose at least one scope.");
            return;
        }
        List<String> unknown = ScopeCatalogue.unknown(scopes);
        if (!unknown.isEmpty()) {
            errors.put("scopes", "Unknown scope: " + String.join(", ", unknown) + ".");
            return;
        }
        List<String> adminOnly = scopes.stream()
                .map(s -> ScopeCatalogue.find(s).orElseThrow())
                .filter(Scope::adminOnly).map(Scope::name).toList();
        if (!adminOnly.isEmpty() && level == AccessLevel.CUSTOMER) {
            errors.put("scopes", String.join(", ", adminOnly) + " is never granted to a Customer client.");
        }
        else if (!adminOnly.isEmpty() && level == AccessLevel.ADMIN && !mayUseAdminScopes) {
            errors.put("scopes", String.join(", ", adminOnly)
                    + " needs an owner with the ADMIN role: a client never does more than its owner.");
        }
    }

    private static void excludedFields(List<String> fields, Map<String, String> errors) {
        List<String> unknown = FieldCatalogue.unknown(fields);
        if (!unknown.isEmpty()) {
            errors.put("excludedFields", "Unknown field: " + String.join(", ", unknown) + ".");
        }
    }
}
