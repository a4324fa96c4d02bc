package io.gatehouse.bench;

import io.gatehouse.access.Endpoint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The benchmark baseline: {@code /api/v3} served with no token check, no access policy and no request log, so
 * a benchmark can measure what the policy and the log cost against the stack's own limit (docs/decisions.md,
 * "The benchmark baseline"). It exists only in the {@code bench} Maven build (bench/src/main/java, built
 * into target/bench), never in the production jar; and even there it needs two locks: the Spring profile
 * {@code bench-baseline} and {@code gatehouse.bench.baseline-acknowledged=true}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench-baseline")
class BaselineConfiguration {

    static final String ACKNOWLEDGED = "gatehouse.bench.baseline-acknowledged";

    private static final RequestMatcher API_PATHS =
            PathPatternRequestMatcher.withDefaults().matcher(Endpoint.API_PREFIX + "/**");

    private static final Logger log = LoggerFactory.getLogger(BaselineConfiguration.class);

    /** The second lock: the profile alone must not open the API to anyone who asks. */
    BaselineConfiguration(@Value("${" + ACKNOWLEDGED + ":false}") boolean acknowledged) {
        if (!acknowledged) {
            throw new IllegalStateException("The benchmark baseline (profile bench-baseline) serves /api/v3 with no "
                    + "access policy and no request log; it starts only with " + ACKNOWLEDGED + "=true as well");
        }
        log.warn("BENCHMARK BASELINE ACTIVE: /api/v3 has no token check, no access policy and no request log. "
                + "Every request is served as an Admin caller with every scope. Never run this build in production.");
    }

    /**
     * Before the product's API chain ({@code @Order(1)}) so it wins for {@code /api/v3/**}; the authorization
     * server's (2) and the actuator's and console's chains claim other paths, so they are untouched. No
     * authorization rule is configured at all: there is no decision to make. Its matcher is the product chain's
     * pattern wrapped in a matcher of its own: Spring Security refuses two adjacent chains with equal matchers,
     * since the second could never be reached, which is the point here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain benchBaselineApiSecurityFilterChain(HttpSecurity http) throws Exception {
        http
                .securityMatcher(request -> API_PATHS.matches(request))
                .addFilterBefore(new FixedCallerFilter(), AnonymousAuthenticationFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                // The same filters as the product's chain, less its token check: the ratio is the policy's cost.
                .logout(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                // The same response headers as the product's chain, so both sides send the same bytes.
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new StaticHeadersWriter("Cache-Control", "no-store")));
        return http.build();
    }

    /** Static: a post-processor must exist before the beans it processes, without this class's lock. */
    @Bean
    static BeanPostProcessor benchBaselineRequestLogSwitch() {
        return new RequestLogSwitch();
    }
}
