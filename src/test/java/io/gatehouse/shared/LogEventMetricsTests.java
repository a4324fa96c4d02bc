package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogEventMetricsTests {

    private final LoggerContext context = new LoggerContext();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Logger logger = context.getLogger("io.gatehouse.example");

    @BeforeEach
    void debugAndAbove() {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.DEBUG);
    }

    @Test
    void bindToWhenEventsLoggedThenEachCountedUnderItsLevel() {
        new LogEventMetrics(context).bindTo(registry);

        logger.error("e");
        logger.warn("w");
        logger.info("i");
        logger.info("i");
        logger.debug("d");
        logger.trace("not enabled, not counted");

        assertThat(count("error")).isEqualTo(1);
        assertThat(count("warn")).isEqualTo(1);
        assertThat(count("info")).isEqualTo(2);
        assertThat(count("debug")).isEqualTo(1);
        assertThat(count("trace")).isZero();
    }

    @Test
    void bindToWhenBoundThenLevelChecksAskNoTurboFilter() {
        new LogEventMetrics(context).bindTo(registry);

        assertThat(context.getTurboFilterList()).isEmpty();
        assertThat(logger.isTraceEnabled()).isFalse();
        assertThat(count("trace")).isZero();
    }

    @Test
    void onResetWhenLoggingReconfiguredThenStillCounted() {
        new LogEventMetrics(context).bindTo(registry);

        context.reset(); // what Spring Boot does when it initialises logging again
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        logger.warn("after the reset");

        assertThat(count("warn")).isEqualTo(1);
    }

    @Test
    void bindToWhenTwoApplicationsInOneJvmThenEachCountsIntoItsOwnRegistry() {
        SimpleMeterRegistry other = new SimpleMeterRegistry();
        new LogEventMetrics(context).bindTo(registry);
        new LogEventMetrics(context).bindTo(other);

        context.reset();
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        logger.warn("seen by both");

        assertThat(count("warn")).isEqualTo(1);
        assertThat(other.get("logback.events").tag("level", "warn").counter().count()).isEqualTo(1);
    }

    @Test
    void bindToWhenTwoRegistriesThenEachCountsEveryEventOnce() {
        SimpleMeterRegistry other = new SimpleMeterRegistry();
        LogEventMetrics metrics = new LogEventMetrics(context);
        metrics.bindTo(registry);
        metrics.bindTo(other);

        logger.error("one event");

        assertThat(count("error")).isEqualTo(1);
        assertThat(other.get("logback.events").tag("level", "error").counter().count()).isEqualTo(1);
    }

    @Test
    void closeWhenClosedThenNothingMoreCounted() {
        LogEventMetrics metrics = new LogEventMetrics(context);
        metrics.bindTo(registry);
        logger.error("counted");

        metrics.close();
        logger.error("not counted");
        context.reset();
        logger.error("not counted either");

        assertThat(count("error")).isEqualTo(1);
    }

    private double count(String level) {
        return registry.get("logback.events").tag("level", level).counter().count();
    }
}
