package io.gatehouse.access.api;

import java.util.List;

import io.gatehouse.access.Endpoint;
import jakarta.servlet.Filter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.OAuth2ProtectedResourceMetadataFilter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The API's security chain: a bearer token checked by the authorization server's introspector on every
 * request, then one authorization decision per request by {@link EndpointAuthorizationManager}. Record
 * visibility and field exclusions follow in the API's repositories and representations, from the
 * {@link io.gatehouse.access.ApiCaller} this chain puts in the security context.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /**
     * The API's documentation is public: it describes the API, and holds no tenant's data. Swagger UI's page
     * and assets are all under {@code /docs/}; the settings it loads first are served by springdoc under the
     * document's path ({@code /openapi.json/swagger-config}), so exactly that address is public too.
     */
    static final String[] PUBLIC_PATHS = { Endpoint.API_PREFIX + "/openapi.json",
            Endpoint.API_PREFIX + "/openapi.json/swagger-config", Endpoint.API_PREFIX + "/docs/**" };

    /**
     * First of the chains: every API call asks each chain before it whether the request is its own, and the
     * authorization server's answer takes five path patterns (about 3 µs of every read in the benchmark's
     * profile, docs/decisions.md §35), this one's a single one. The two claim disjoint paths.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, OpaqueTokenIntrospector introspector)
            throws Exception {
        ApiResponses responses = new ApiResponses();
        http
                .securityMatcher(Endpoint.API_PREFIX + "/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().access(new EndpointAuthorizationManager()))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationConverter(new BearerHeaderResolver())
                        .opaqueToken(opaque -> opaque.introspector(introspector)
                                .authenticationConverter(ApiCallerAuthentication.CONVERTER))
                        .authenticationEntryPoint(responses)
                        .accessDeniedHandler(responses))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(responses)
                        .accessDeniedHandler(responses))
                // The tenant's kill switch, once the token is known, so that refusals are filed under its client.
                .addFilterAfter(new ApiDisabledFilter(responses, PUBLIC_PATHS), BearerTokenAuthenticationFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                // Nothing here logs out or asks the servlet request who is in: two filters less on every call.
                .logout(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new StaticHeadersWriter("Cache-Control", "no-store")));
        return withoutUnofferedFilters(http.build());
    }

    /**
     * Spring Security 7's resource-server configurer always adds two filters, with no switch for either, that
     * this chain can never use: RFC 9728's protected-resource metadata, served at a path outside the API (so it
     * never reaches this chain), and DPoP proof authentication, which Gatehouse does not offer (its server
     * metadata lists no DPoP algorithm and its tokens are bound to no key). Each still tests every API call
     * (2.4 and 1.3 µs of a read, decisions §37). Without them, a {@code DPoP} authorization is answered like
     * any other scheme that is not {@code Bearer}: the API's own challenge.
     */
    static DefaultSecurityFilterChain withoutUnofferedFilters(DefaultSecurityFilterChain chain) {
        List<Filter> kept = chain.getFilters().stream()
                .filter(filter -> !(filter instanceof OAuth2ProtectedResourceMetadataFilter))
                .filter(filter -> filter.getClass() != AuthenticationFilter.class) // the DPoP one: no other here
                .toList();
        return new DefaultSecurityFilterChain(chain.getRequestMatcher(), kept);
    }
}
