package io.gatehouse.tenancy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TenancyProperties.class, UsageProperties.class})
class TenancyConfiguration {

    /** Runs before Spring Security's filter chain, which needs the tenant to find clients and users. */
    @Bean
    FilterRegistrationBean<TenantFilter> tenantFilter(TenantDirectory tenants, TenancyProperties properties) {
        FilterRegistrationBean<TenantFilter> registration =
                new FilterRegistrationBean<>(new TenantFilter(tenants, properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
