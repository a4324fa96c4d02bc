package io.gatehouse.console;

import java.util.List;

import io.gatehouse.clients.ClientEdit;
import io.gatehouse.clients.OAuthClient;

/** The Edit form as submitted: what may change after creation. */
record EditClientForm(String name, String expiresOn, List<String> scopes, List<String> excludedFields) {

    EditClientForm {
        scopes = FormValues.list(scopes);
        excludedFields = FormValues.list(excludedFields);
    }

    static EditClientForm of(OAuthClient client) {
        return new EditClientForm(client.name(), ClientView.lastDay(client.expiresAt()).toString(), client.scopes(),
                client.excludedFields());
    }

    ClientEdit toEdit() {
        return new ClientEdit(name, scopes, excludedFields, FormValues.date(expiresOn));
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean excludes(String field) {
        return excludedFields.contains(field);
    }
}
