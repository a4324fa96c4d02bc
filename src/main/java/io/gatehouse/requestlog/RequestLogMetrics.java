package io.gatehouse.requestlog;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What an operator watches (names as Prometheus shows them): {@code gatehouse_request_log_written_total},
 * {@code _spilled_total} (entries that went to the spill file), {@code _failures_total} (failed attempts to reach
 * the database), {@code _dropped_total} (entries neither stored nor spilled — should stay 0), the
 * {@code gatehouse_request_log_queue} gauge (entries waiting in memory) and {@code _spool_bytes} (spill files
 * waiting for the database).
 */
final class RequestLogMetrics {

    private final Counter written;
    private final Counter spilled;
    private final Counter failures;
    private final Counter dropped;

    private final MeterRegistry registry;

    RequestLogMetrics(MeterRegistry registry) {
        this.registry = registry;
        written = Counter.builder("gatehouse.request_log.written")
                .description("Request-log entries handed to the database").register(registry);
        spilled = Counter.builder("gatehouse.request_log.spilled")
                .description("Request-log entries written to the local spill file").register(registry);
        failures = Counter.builder("gatehouse.request_log.failures")
                .description("Failed attempts to write request-log entries to the database").register(registry);
        dropped = Counter.builder("gatehouse.request_log.dropped")
                .description("Request-log entries neither stored nor spilled").register(registry);
    }

    void watch(Supplier<Number> queued, Supplier<Number> spoolBytes) {
        Gauge.builder("gatehouse.request_log.queue", queued)
                .description("Request-log entries waiting in memory").register(registry);
        Gauge.builder("gatehouse.request_log.spool", spoolBytes).baseUnit("bytes")
                .description("Size of the spill files waiting for the database").register(registry);
    }

    void written(int n) {
        written.increment(n);
    }

    void spilled(int n) {
        spilled.increment(n);
    }

    void failure() {
        failures.increment();
    }

    void dropped(int n) {
        dropped.increment(n);
    }

    double writtenCount() {
        return written.count();
    }

    double spilledCount() {
        return spilled.count();
    }

    double droppedCount() {
        return dropped.count();
    }

    double failureCount() {
        return failures.count();
    }
}
