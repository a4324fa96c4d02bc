package io.gatehouse.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in console user, bound to the tenant it logged in on. */
public final class ConsolePrincipal implements UserDetails {

    private final String tenantId;
    private final ConsoleUser user;
    private transient String passwordHash;

    ConsolePrincipal(String tenantId, ConsoleUser user, String passwordHash) {
        this.tenantId = tenantId;
        this.user = user;
        this.passwordHash = passwordHash;
    }

    public String tenantId() {
        return tenantId;
    }

    public ConsoleUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return user.active();
    }

    void eraseCredentials() {
        passwordHash = null;
    }
}
