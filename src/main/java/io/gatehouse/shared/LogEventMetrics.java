package io.gatehouse.shared;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Counts the log events written, by level, as {@code logback.events}: the meter Spring Boot's Logback metrics give,
 * taken from an appender on the root logger instead of a turbo filter. Logback asks every turbo filter at each level
 * check ({@code isTraceEnabled()}, {@code isDebugEnabled()}), and the web and security filters make dozens of those
 * on every request, whether anything is logged or not; an appender is called only for what is logged
 * (docs/decisions.md §50). Every logger here writes through the root logger's appenders (none is non-additive), so
 * the count is the same. Like Boot's, it counts for as long as Logback is not stopped: a second application that
 * initialises logging in the same JVM after another has closed (tests do) stops and resets it.
 */
final class LogEventMetrics implements MeterBinder, AutoCloseable {

    private static final String NAME = "gatehouse-log-event-metrics";

    private final LoggerContext context;
    private final CountingAppender appender = new CountingAppender();
    private final ResetListener resets = new ResetListener();

    LogEventMetrics(LoggerContext context) {
        this.context = context;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<Severity, Counter> counters = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counters.put(severity, Counter.builder("logback.events")
                    .tag("level", severity.name().toLowerCase(Locale.ROOT))
                    .description("Number of log events that were enabled by the effective log level")
                    .baseUnit(BaseUnits.EVENTS)
                    .register(registry));
        }
        if (appender.registries.isEmpty()) {
            attach();
            context.addListener(resets);
        }
        appender.registries.add(counters);
    }

    /** On binding, and after every reset of Logback (Spring Boot initialising logging again, as tests do). */
    private void attach() {
        appender.setContext(context);
        appender.setName(NAME);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        // By the appender itself, not its name: each application context in the JVM counts into its own registry.
        if (!root.isAttached(appender)) {
            root.addAppender(appender);
        }
    }

    @Override
    public void close() {
        context.removeListener(resets);
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
    }

    /** Logback's levels an event can have, so that each finds its counter without a look-up by name. */
    private enum Severity {
        ERROR, WARN, INFO, DEBUG, TRACE;

        static Severity of(Level level) {
            return switch (level.toInt()) {
                case Level.ERROR_INT -> ERROR;
                case Level.WARN_INT -> WARN;
                case Level.INFO_INT -> INFO;
                case Level.DEBUG_INT -> DEBUG;
                default -> TRACE;
            };
        }
    }

    private static final class CountingAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

        /** Each registry bound to's counters (one, unless the application has several registries). */
        private final List<Map<Severity, Counter>> registries = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            Severity severity = Severity.of(event.getLevel());
            for (Map<Severity, Counter> counters : registries) {
                counters.get(severity).increment();
            }
        }
    }

    private final class ResetListener implements LoggerContextListener {

        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onReset(LoggerContext context) {
            attach();
        }

        @Override
        public void onStart(LoggerContext context) {
        }

        @Override
        public void onStop(LoggerContext context) {
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
        }
    }
}
