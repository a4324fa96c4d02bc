package io.gatehouse.tenancy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the use counts of sessions and user tokens are written ({@code gatehouse.usage.*}); see
 * docs/decisions.md, "Usage counts are flushed once a second".
 *
 * @param flushInterval how often the counts gathered in memory are added to the database
 * @param maxPending    the most ids whose counts wait for a database that does not answer; uses of further ids
 *                      are dropped (and counted in the log) until it answers again
 */
@ConfigurationProperties("gatehouse.usage")
public record UsageProperties(
        @DefaultValue("1s") Duration flushInterval,
        @DefaultValue("100000") int maxPending) {

    public UsageProperties {
        if (flushInterval == null || flushInterval.isNegative() || flushInterval.isZero() || maxPending < 1) {
            throw new IllegalArgumentException(
                    "gatehouse.usage.flush-interval and gatehouse.usage.max-pending must be positive");
        }
    }
}
