package io.gatehouse.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseDomain the domain tenants are subdomains of: with {@code localhost}, {@code acme.localhost}
 *                   is tenant {@code acme}
 */
@ConfigurationProperties("gatehouse.tenancy")
public record TenancyProperties(String baseDomain) {

    public TenancyProperties {
        if (baseDomain == null || baseDomain.isBlank()) {
            baseDomain = "localhost";
        }
        baseDomain = baseDomain.toLowerCase(java.util.Locale.ROOT);
    }
}
