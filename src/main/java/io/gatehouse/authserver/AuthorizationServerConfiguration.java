package io.gatehouse.authserver;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenRevocationAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The per-tenant OAuth2 authorization server: client_credentials only, opaque reference tokens, client
 * secrets by Basic or form post; introspection, revocation and metadata. Claims only its own paths and
 * runs after the API's chain (which is asked first, for the API calls' sake) and before the console's.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** No issuer is configured: it is resolved per request, so each tenant's issuer is its own origin. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** Boot's request observation filter takes it in place of Spring's convention. */
    @Bean
    ServerRequestObservationConvention servedEndpointsObservationConvention() {
        return new ServedEndpointsObservationConvention();
    }

    @Bean
    @Order(2)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http,
            TenantRegisteredClientRepository clients, SessionAuthorizationService authorizations,
            AuthorizationServerSettings settings, PasswordEncoder passwordEncoder, Clock clock) throws Exception {
        ClientAuthenticationFailures failures = new ClientAuthenticationFailures();
        http
                .securityMatcher(UnservedEndpointsFilter.CLAIMED_PATHS)
                .oauth2AuthorizationServer(server -> server
                        .registeredClientRepository(clients)
                        .authorizationService(authorizations)
                        .authorizationServerSettings(settings)
                        .tokenGenerator(new OpaqueAccessTokenGenerator(clock))
                        .clientAuthentication(client -> client
                                .authenticationConverters(converters -> {
                                    converters.clear();
                                    converters.add(ClientSecretConverter.basic());
                                    converters.add(ClientSecretConverter.post());
                                })
                                .authenticationProviders(providers -> {
                                    providers.removeIf(p -> !(p instanceof ClientSecretAuthenticationProvider));
                                    providers.forEach(p -> ((ClientSecretAuthenticationProvider) p)
                                            .setPasswordEncoder(new NonUpgradingPasswordEncoder(passwordEncoder)));
                                })
                                .errorResponseHandler(failures))
                        .tokenEndpoint(token -> token
                                .accessTokenResponseHandler(new AccessTokenResponses(clock))
                                .errorResponseHandler(new TokenEndpointFailures(clients))
                                .accessTokenRequestConverters(converters -> {
                                    converters.clear();
                                    converters.add(new ClientCredentialsRequestConverter());
                                })
                                .authenticationProviders(providers -> providers
                                        .removeIf(p -> !(p instanceof OAuth2ClientCredentialsAuthenticationProvider))))
                        .tokenRevocationEndpoint(revoke -> revoke
                                .authenticationProviders(providers -> providers.replaceAll(p ->
                                        p instanceof OAuth2TokenRevocationAuthenticationProvider
                                                ? new OwnTokensRevocationProvider(p, authorizations) : p)))
                        .authorizationServerMetadataEndpoint(metadata -> metadata
                                .authorizationServerMetadataCustomizer(ServerMetadata::customize)))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, ServerMetadata.PATH).permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                // Nothing here logs out or asks the servlet request who is in: two filters less on every token.
                .logout(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(failures))
                // RFC 6749 §5.1: token responses, and every other answer here, must not be cached.
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new StaticHeadersWriter("Cache-Control", "no-store"))
                        .addHeaderWriter(new StaticHeadersWriter("Pragma", "no-cache")))
                .addFilterAfter(new UnservedEndpointsFilter(), HeaderWriterFilter.class)
                .addFilterAfter(new ServerMetadata.Cleanup(), UnservedEndpointsFilter.class)
                .with(new NoCsrf(), Customizer.withDefaults());
        return http.build();
    }

    /**
     * No CSRF protection on this chain: nothing on it is authenticated by a cookie, so the filter would protect
     * nothing and cost every token request its matching. A plain {@code csrf(disable)} does not hold here: the
     * authorization server's configurer turns the protection back on when the chain is built (exempting only its
     * own endpoints). This configurer is applied after the server's and takes it out again.
     */
    static final class NoCsrf extends AbstractHttpConfigurer<NoCsrf, HttpSecurity> {

        @Override
        public void init(HttpSecurity http) {
            http.csrf(AbstractHttpConfigurer::disable);
        }
    }
}
