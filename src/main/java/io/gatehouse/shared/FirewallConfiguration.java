package io.gatehouse.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall for every chain, with its default rules; only its header checks are made
 * by {@link HeaderCharacters} instead of a regular expression per header read.
 */
@Configuration(proxyBeanMethods = false)
class FirewallConfiguration {

    @Bean
    WebSecurityCustomizer headerCheckingFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedInName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedInValue);
        return web -> web.httpFirewall(firewall);
    }
}
