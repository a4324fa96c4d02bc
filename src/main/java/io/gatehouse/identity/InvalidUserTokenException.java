package io.gatehouse.identity;

import java.util.Map;

/** The request to create a user token breaks one or more rules; messages keyed by form field. */
public class InvalidUserTokenException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidUserTokenException(Map<String, String> errors) {
        super("Invalid user token: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
