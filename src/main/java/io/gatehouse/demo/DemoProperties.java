package io.gatehouse.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  seed the demo tenants (embedded default only; production sets it false)
 * @param password the demo users' password; generated and printed once when empty
 */
@ConfigurationProperties("gatehouse.demo")
public record DemoProperties(boolean enabled, String password) {
}
