package io.gatehouse.requestlog;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
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
}
