package io.gatehouse.bench;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * Switches the request log off by leaving its filter unregistered: the product registers it as the bean
 * {@code requestLogFilter} (a {@link FilterRegistrationBean}; the filter class is internal to its module).
 * Unregistered, the filter never runs, so no entry is made, queued or written. Usage recording on the
 * session needs no switch: only the token check records it, and the baseline checks no token.
 */
class RequestLogSwitch implements BeanPostProcessor, SmartInitializingSingleton {

    static final String REQUEST_LOG_FILTER = "requestLogFilter";

    private boolean switchedOff;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (REQUEST_LOG_FILTER.equals(beanName) && bean instanceof FilterRegistrationBean<?> registration) {
            registration.setEnabled(false);
            switchedOff = true;
        }
        return bean;
    }

    /**
     * Filter registrations are made when the web server is created, before the other singletons: by now the
     * log's must have been seen. If it was renamed, a baseline that still logs would skew the benchmark, so
     * refuse to start instead.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (!switchedOff) {
            throw new IllegalStateException("The benchmark baseline found no '" + REQUEST_LOG_FILTER
                    + "' filter registration to switch off; the request log would still run");
        }
    }
}
