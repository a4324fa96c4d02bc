package io.gatehouse.clients;

import java.util.Map;

/** The request to create or change a client breaks one or more rules; messages keyed by form field. */
public class InvalidClientException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidClientException(Map<String, String> errors) {
        super("Invalid client: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
