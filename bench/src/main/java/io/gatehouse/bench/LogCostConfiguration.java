package io.gatehouse.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The product with part of its request log taken away, for {@code bench/decompose}: what the log costs a read,
 * apart from what the token check and the access policy cost. Bench build only, like the baseline; no profile
 * opens anything (the API's chain is the product's), they only lose log rows, so one lock is enough.
 * <ul>
 * <li>{@code bench-no-log}: the request log's filter unregistered, as in the baseline; the access policy kept.
 * <li>{@code bench-log-unstored}: entries made, queued and batched as in production, but never stored: the
 * difference to the product is what storing the rows costs, the rest of the log's cost is the JVM's.
 * <li>{@code bench-log-bucketed}: entries stored one row per subject and batch in a bench-only table that nothing
 * reads (decisions §52): what such a store would save a read, before anyone builds one.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class LogCostConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LogCostConfiguration.class);

    @Bean
    @Profile("bench-no-log")
    static BeanPostProcessor benchNoLogSwitch() {
        log.warn("BENCHMARK PROFILE bench-no-log: no request log is written. Never run this build in production.");
        return new RequestLogSwitch();
    }

    @Bean
    @Profile("bench-log-unstored")
    static BeanPostProcessor benchUnstoredLog() {
        log.warn("BENCHMARK PROFILE bench-log-unstored: request-log rows are made and dropped, never stored. "
                + "Never run this build in production.");
        return new UnstoredRequestLog();
    }

    @Bean
    @Profile("bench-log-bucketed")
    static BeanPostProcessor benchBucketedLog(Environment environment) {
        log.warn("BENCHMARK PROFILE bench-log-bucketed: request-log rows are stored in a bench-only table, one row "
                + "per subject and batch, which nothing reads. Never run this build in production.");
        return new BucketedRequestLog(environment);
    }
}
