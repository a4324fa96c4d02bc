package io.gatehouse.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.gatehouse.identity.ConsolePrincipal;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.CurrentUser;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * What every console page shows around its content: tenant, user, navigation, whether the tenant's API is
 * turned off, and the CSRF header htmx sends. Also used by error pages, which are rendered after the tenant
 * filter has finished.
 */
@Component
class ConsoleChrome {

    private final TenantDirectory tenants;

    ConsoleChrome(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    Map<String, Object> attributes(HttpServletRequest request) {
        Optional<ConsoleUser> user = CurrentUser.get();
        Optional<Tenant> tenant = tenant();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("tenantName", tenant.map(Tenant::name).orElse(null));
        // The kill switch is announced on every page, so nobody wonders why the integrations stopped.
        attributes.put("apiTurnedOff", tenant.map(t -> !t.apiEnabled()).orElse(false));
        attributes.put("currentUser", user.orElse(null));
        attributes.put("isAdmin", user.map(ConsoleUser::isAdmin).orElse(false));
        attributes.put("currentPath", request.getRequestURI());
        attributes.put("csrfHeaders", user.isPresent() ? csrfHeaders(request) : null);
        return attributes;
    }

    /** The request's tenant, or (on an error dispatch, after the tenant filter ran) the logged-in user's. */
    private Optional<Tenant> tenant() {
        Optional<Tenant> bound = TenantContext.current();
        if (bound.isPresent()) {
            return bound;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsolePrincipal principal) {
            return tenants.find(principal.tenantId());
        }
        return Optional.empty();
    }

    /** JSON for hx-headers on body; token values are URL-safe base64, so no escaping is needed inside. */
    private static String csrfHeaders(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return null;
    }
}
