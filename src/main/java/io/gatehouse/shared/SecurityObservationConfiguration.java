package io.gatehouse.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes nothing itself. By default it wraps every filter of every chain, and every
 * authentication and authorization, in a Micrometer observation: a dozen observations per request that were the
 * largest single cost of a token request in the benchmark's profile. Each request is still measured once, as a
 * whole, by {@code http.server.requests}, and every API and token request is in the request log with its outcome.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservationConfiguration {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
