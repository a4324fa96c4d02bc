package io.gatehouse.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.tenancy.TenantContext;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A console session belongs to the tenant it was opened on. Cookies are host-only so browsers never
 * carry one across tenants; this filter makes sure a session presented on another tenant's host (or by
 * a user deactivated since) is treated as no session at all.
 */
class TenantBoundSessionFilter extends OncePerRequestFilter {

    private final JdbcUserDirectory users;

    TenantBoundSessionFilter(JdbcUserDirectory users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsolePrincipal principal) {
            boolean sameTenant = TenantContext.current().map(t -> t.id().equals(principal.tenantId())).orElse(false);
            boolean stillActive = sameTenant
                    && users.find(principal.user().id()).map(ConsoleUser::active).orElse(false);
            if (!stillActive) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
