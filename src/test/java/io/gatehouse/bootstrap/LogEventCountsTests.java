package io.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.support.ScrapedMetrics;
import io.gatehouse.support.TenantHttp;

import ch.qos.logback.classic.LoggerContext;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Log events as an operator scrapes them. An application context of its own (the property), started when this class
 * runs: a second application that initialises logging in the same JVM after another has closed stops and resets
 * Logback, which takes every earlier application's appender off, as it would Spring Boot's own Logback metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.io.gatehouse.bootstrap=INFO")
@ActiveProfiles("test")
class LogEventCountsTests {

    @LocalServerPort
    int port;

    @Test
    void prometheusWhenWarningLoggedThenCountedUnderItsLevel() {
        double before = logEvents("warn");

        LoggerFactory.getLogger(LogEventCountsTests.class).warn("A warning an operator would alert on");

        assertThat(logEvents("warn")).isEqualTo(before + 1);
    }

    @Test
    void levelChecksWhenApplicationRunsThenNoTurboFilterIsAsked() {
        assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList())
                .as("Boot's Logback metrics, asked at every isTraceEnabled(), are left out").isEmpty();
    }

    private double logEvents(String level) {
        String metrics = new TenantHttp(port).get("acme", "/actuator/prometheus").body();
        return ScrapedMetrics.sum(metrics, "logback_events_total", "level=\"" + level + "\"");
    }
}
