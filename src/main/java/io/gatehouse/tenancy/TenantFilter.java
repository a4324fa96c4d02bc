package io.gatehouse.tenancy;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.shared.ProblemResponses;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the tenant named by the Host header to the request, before security runs. An unknown tenant is
 * answered with one fixed 404 whatever the reason (no such tenant, malformed host, bare base domain), so
 * the answer reveals nothing about which tenants exist.
 */
class TenantFilter extends OncePerRequestFilter {

    private final TenantDirectory tenants;
    private final String suffix;

    TenantFilter(TenantDirectory tenants, TenancyProperties properties) {
        this.tenants = tenants;
        this.suffix = "." + properties.baseDomain();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Operational endpoints are node-wide, not tenant-wide.
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Tenant> tenant = tenantLabel(request.getServerName()).flatMap(tenants::find);
        if (tenant.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            ProblemResponses.write(response, HttpServletResponse.SC_NOT_FOUND, ProblemResponses.NOT_FOUND);
            return;
        }
        TenantContext.set(tenant.get());
        try {
            chain.doFilter(request, response);
        }
        finally {
            TenantContext.clear();
        }
    }

    Optional<String> tenantLabel(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (!name.endsWith(suffix)) {
            return Optional.empty();
        }
        String label = name.substring(0, name.length() - suffix.length());
        return TenantIds.isValid(label) ? Optional.of(label) : Optional.empty();
    }
}
