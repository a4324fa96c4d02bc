package io.gatehouse.identity;

import io.gatehouse.tenancy.TenantContext;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks users up in the tenant of the host the login form was posted to, and nowhere else. */
@Service
class TenantUserDetailsService implements UserDetailsService {

    private final JdbcUserDirectory users;

    TenantUserDetailsService(JdbcUserDirectory users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String tenant = TenantContext.id();
        return users.findByUsername(username)
                .flatMap(user -> users.passwordHash(username).map(hash -> new ConsolePrincipal(tenant, user, hash)))
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }
}
