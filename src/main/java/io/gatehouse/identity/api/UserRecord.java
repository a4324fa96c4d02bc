package io.gatehouse.identity.api;

import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/** A console user as the API shows it: no password hash, no login state, only who the user is. */
record UserRecord(long id, String username, String name, String email, String role, boolean active) {

    Map<String, Object> representation(ApiCaller caller) {
        return Representation.of("user", caller, id)
                .field("username", username)
                .field("name", name)
                .field("email", email)
                .field("role", role)
                .field("active", active)
                .map();
    }
}
