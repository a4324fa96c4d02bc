package io.gatehouse.clients;

import java.time.LocalDate;
import java.util.List;

/** What "Edit" may change: the name, scopes, excluded fields and the expiry date. */
public record ClientEdit(String name, List<String> scopes, List<String> excludedFields, LocalDate expiresOn) {

    public ClientEdit {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        excludedFields = excludedFields == null ? List.of() : List.copyOf(excludedFields);
    }
}
