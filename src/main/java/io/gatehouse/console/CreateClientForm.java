package io.gatehouse.console;

import java.util.List;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.clients.NewClient;
import io.gatehouse.clients.TokenExpiration;

/**
 * The "Create New Client" form as submitted. {@code action=search} asks for the customer search
 * (the no-JavaScript path of the owner picker) instead of creating the client.
 */
record CreateClientForm(String name, String accessLevel, String ownerUserId, String ownerCustomerId,
        String expiration, String expiresOn, List<String> scopes, List<String> excludedFields, String customerQuery,
        String action) {

    CreateClientForm {
        scopes = FormValues.list(scopes);
        excludedFields = FormValues.list(excludedFields);
    }

    static CreateClientForm empty() {
        return new CreateClientForm("", null, null, null, "MONTH", null, List.of(), List.of(), "", null);
    }

    boolean searching() {
        return "search".equals(action);
    }

    NewClient toNewClient() {
        TokenExpiration.Choice choice = FormValues.constant(TokenExpiration.Choice.class, expiration);
        return new NewClient(name, FormValues.constant(AccessLevel.class, accessLevel),
                FormValues.number(ownerUserId), FormValues.number(ownerCustomerId),
                choice == null ? null : new TokenExpiration(choice, FormValues.date(expiresOn)), scopes,
                excludedFields);
    }

    public boolean isLevel(Object level) {
        return FormValues.is(accessLevel, level);
    }

    public boolean isOwnerUser(long id) {
        return FormValues.is(ownerUserId, id);
    }

    public boolean isOwnerCustomer(long id) {
        return FormValues.is(ownerCustomerId, id);
    }

    public boolean isExpiration(Object choice) {
        return FormValues.is(expiration, choice);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean excludes(String field) {
        return excludedFields.contains(field);
    }
}
