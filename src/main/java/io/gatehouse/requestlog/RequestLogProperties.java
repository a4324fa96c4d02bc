package io.gatehouse.requestlog;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The request-log writer and its retention job ({@code gatehouse.request-log.*}).
 *
 * @param queueCapacity      entries held in memory before new ones go to the spill file
 * @param batchSize          the most entries written in one JDBC batch
 * @param linger             how long a batch waits for more entries after its first one
 * @param spoolDir           where entries are spilled when the queue is full or the database cannot be reached;
 *                           one directory per process
 * @param retryMax           the longest wait between two attempts while the database is down (from 100 ms, doubling)
 * @param drainTimeout       at shutdown, how long the writer tries the database before spilling what is left
 * @param retentionEnabled   whether the hourly retention job runs (tests call it directly)
 * @param retentionInterval  the pause between two runs of the retention job
 * @param retentionChunk     rows deleted per statement, so no delete holds its locks for long
 */
@ConfigurationProperties("gatehouse.request-log")
record RequestLogProperties(
        @DefaultValue("50000") int queueCapacity,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("100ms") Duration linger,
        @DefaultValue("./data/request-log-spool") Path spoolDir,
        @DefaultValue("5s") Duration retryMax,
        @DefaultValue("10s") Duration drainTimeout,
        @DefaultValue("true") boolean retentionEnabled,
        @DefaultValue("1h") Duration retentionInterval,
        @DefaultValue("5000") int retentionChunk) {

    RequestLogProperties {
        if (queueCapacity < 1 || batchSize < 1 || retentionChunk < 1) {
            throw new IllegalArgumentException(
                    "gatehouse.request-log.queue-capacity, batch-size and retention-chunk must be positive");
        }
    }
}
