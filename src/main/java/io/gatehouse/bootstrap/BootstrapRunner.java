package io.gatehouse.bootstrap;

import java.util.Optional;

import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantIds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the configured tenant and its first admin at start, when they are missing: the way into a
 * production installation, which has no demo data. Safe to leave configured: once the admin exists,
 * nothing is changed (its password included), so every node of a cluster can carry the same settings.
 */
@Component
@Order(10)
@EnableConfigurationProperties(BootstrapProperties.class)
class BootstrapRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapRunner.class);

    private final BootstrapProperties properties;
    private final TenantDirectory tenants;
    private final UserDirectory users;
    private final TransactionTemplate tx;

    BootstrapRunner(BootstrapProperties properties, TenantDirectory tenants, UserDirectory users,
            TransactionTemplate tx) {
        this.properties = properties;
        this.tenants = tenants;
        this.users = users;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.requested()) {
            if (properties.adminPassword() != null) {
                throw refused("GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD is set but GATEHOUSE_BOOTSTRAP_TENANT is not.",
                        "Set gatehouse.bootstrap.tenant (GATEHOUSE_BOOTSTRAP_TENANT) to the tenant to create, "
                                + "or remove the password.");
            }
            return;
        }
        String tenantId = properties.tenant();
        if (!TenantIds.isValid(tenantId)) {
            throw refused("gatehouse.bootstrap.tenant (GATEHOUSE_BOOTSTRAP_TENANT) is '" + tenantId
                    + "', which is not a tenant id.", "Use one lower-case DNS label, such as 'acme'.");
        }
        String username = properties.adminUsername();
        if (username.length() > 100 || username.chars().anyMatch(Character::isWhitespace)) {
            throw refused("gatehouse.bootstrap.admin-username (GATEHOUSE_BOOTSTRAP_ADMIN_USERNAME) is not a "
                    + "valid username.", "Use at most 100 characters and no spaces.");
        }
        if (adminExists(tenantId, username)) {
            log.info("Bootstrap: tenant '{}' and its user '{}' exist; nothing to do", tenantId, username);
            if (properties.adminPassword() != null) {
                log.warn("Bootstrap: GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD is no longer used (the admin exists and "
                        + "its password is never overwritten); remove it from the configuration");
            }
            return;
        }
        Optional<String> problem = AdminPasswordPolicy.problem(properties.adminPassword(), username, tenantId);
        if (problem.isPresent()) {
            throw refused("Cannot create the admin '" + username + "' of tenant '" + tenantId
                    + "': gatehouse.bootstrap.admin-password (GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD) "
                    + problem.get() + ".",
                    "Set GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD to a password of at least "
                            + AdminPasswordPolicy.MIN_LENGTH + " characters that contains neither the username "
                            + "nor the tenant id, e.g. a random passphrase.");
        }
        try {
            tx.executeWithoutResult(status -> create(tenantId, username));
        }
        catch (DuplicateKeyException ex) {
            // Another node bootstrapped the same tenant at the same moment: its work is as good as ours.
            if (!adminExists(tenantId, username)) {
                throw ex;
            }
        }
    }

    private boolean adminExists(String tenantId, String username) {
        return tenants.find(tenantId)
                .map(tenant -> TenantContext.callAs(tenant, () -> users.findByUsername(username).isPresent()))
                .orElse(false);
    }

    private void create(String tenantId, String username) {
        Optional<Tenant> existing = tenants.find(tenantId);
        Tenant tenant = existing.orElseGet(() -> tenants.create(tenantId, properties.displayName()));
        TenantContext.runAs(tenant, () -> users.create(username, "Administrator", null,
                properties.adminPassword(), Role.ADMIN));
        log.info("Bootstrap: {} tenant '{}' ({}) and created its admin '{}'",
                existing.isPresent() ? "found" : "created", tenantId, tenant.name(), username);
    }

    private static BootstrapRefusedException refused(String description, String action) {
        return new BootstrapRefusedException("Gatehouse bootstrap refused. " + description, action);
    }
}
