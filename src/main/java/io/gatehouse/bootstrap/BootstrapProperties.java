package io.gatehouse.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first tenant and its admin, created at start when missing. Mapped from the GATEHOUSE_BOOTSTRAP_*
 * environment variables in application.properties.
 *
 * @param tenant        the tenant id (one DNS label: {@code acme} is reached at {@code acme.<base domain>});
 *                      nothing is bootstrapped when empty
 * @param tenantName    the shop's display name; the tenant id when empty
 * @param adminUsername the first admin's username; {@code admin} when empty
 * @param adminPassword the first admin's password; needed only while the admin does not exist yet
 */
@ConfigurationProperties("gatehouse.bootstrap")
record BootstrapProperties(String tenant, String tenantName, String adminUsername, String adminPassword) {

    BootstrapProperties {
        tenant = blankToNull(tenant);
        tenantName = blankToNull(tenantName);
        adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername.strip();
        adminPassword = adminPassword == null || adminPassword.isEmpty() ? null : adminPassword;
    }

    boolean requested() {
        return tenant != null;
    }

    String displayName() {
        return tenantName != null ? tenantName : tenant;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "BootstrapProperties[tenant=" + tenant + ", tenantName=" + tenantName + ", adminUsername="
                + adminUsername + ", adminPassword=" + (adminPassword == null ? "(none)" : "(set)") + "]";
    }
}
