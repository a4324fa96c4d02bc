package io.gatehouse.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Spring Security observes nothing itself. By default it wraps every filter of every chain, and every
 * authentication and authorization, in a Micrometer observation: a dozen observations per request that were the
 * largest single cost of a token request in the benchmark's profile. Each request is still measured once, as a
 * whole, by {@code http.server.requests}, and every API and token request is in the request log with its outcome.
 *
 * <p>For the same reason no authentication event is published: every token request and API call published one or
 * two to the application context, where nothing listens (about 1.5 µs of a token request's CPU).
 */
@Configuration(proxyBeanMethods = false)
class SecurityInstrumentationConfiguration {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher() {
        return new Unpublished();
    }

    /** Spring Security's chains use this bean for their authentication managers instead of the default one. */
    private static final class Unpublished implements AuthenticationEventPublisher {

        @Override
        public void publishAuthenticationSuccess(Authentication authentication) {
        }

        @Override
        public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        }
    }
}
