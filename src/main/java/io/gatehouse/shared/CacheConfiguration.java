package io.gatehouse.shared;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses how cache invalidations travel by the database the node uses (docs/decisions.md). */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    @Bean
    CacheInvalidations cacheInvalidations(DataSourceProperties dataSource, JdbcClient jdbc, MeterRegistry registry) {
        String url = dataSource.determineUrl();
        CacheInvalidations invalidations = choose(url, jdbc, dataSource);
        Gauge.builder("gatehouse.cache.listening", invalidations, i -> i.listening() ? 1 : 0)
                .description("1 while this node hears every cache invalidation; 0 while its caches read through")
                .register(registry);
        return invalidations;
    }

    @Bean
    Caches caches(CacheInvalidations invalidations, MeterRegistry registry) {
        return new Caches(invalidations, registry);
    }

    private static CacheInvalidations choose(String url, JdbcClient jdbc, DataSourceProperties dataSource) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            PostgresCacheInvalidations postgres = new PostgresCacheInvalidations(jdbc, url,
                    dataSource.determineUsername(), dataSource.determinePassword());
            postgres.start();
            return postgres;
        }
        // H2 as the embedded default opens its file or memory in this process only; served to other processes
        // (tcp, AUTO_SERVER) it may change behind our back, and so may any other database.
        boolean h2InProcess = lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:")
                && !lower.startsWith("jdbc:h2:ssl:") && !lower.contains("auto_server=true");
        String database = lower.contains(";") ? lower.substring(0, lower.indexOf(';')) : lower;
        return h2InProcess ? LocalCacheInvalidations.inProcess(database) : LocalCacheInvalidations.unshared(database);
    }
}
