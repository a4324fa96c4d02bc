package io.gatehouse.identity;

import java.util.List;
import java.util.Optional;

/** The console users of the current tenant. */
public interface UserDirectory {

    Optional<ConsoleUser> find(long id);

    Optional<ConsoleUser> findByUsername(String username);

    /** Every user, active first, then by name. */
    List<ConsoleUser> list();

    ConsoleUser create(String username, String displayName, String email, String rawPassword, Role role);

    void setActive(long id, boolean active);
}
