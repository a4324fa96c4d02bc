package io.gatehouse.identity;

/** A staff member of a tenant who can log in to the console. */
public record ConsoleUser(long id, String username, String displayName, String email, Role role, boolean active) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
