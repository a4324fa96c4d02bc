package io.gatehouse.requestlog;

import java.time.Clock;

import io.gatehouse.tenancy.TenantDirectory;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLogProperties.class)
@EnableScheduling
class RequestLogConfiguration {

    /** After the tenant filter (which binds the tenant) and before Spring Security (which refuses). */
    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter(RequestLogWriter writer, Clock clock) {
        FilterRegistrationBean<RequestLogFilter> registration =
                new FilterRegistrationBean<>(new RequestLogFilter(writer, clock));
        registration.addUrlPatterns("/api/v3/*", "/oauth2/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    BatchingRequestLogWriter requestLogWriter(RequestLogProperties properties, RequestLogStore store,
            TenantDirectory tenants, MeterRegistry registry) {
        return new BatchingRequestLogWriter(properties, store, tenants::find, registry);
    }
}
