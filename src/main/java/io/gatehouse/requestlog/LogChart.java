package io.gatehouse.requestlog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Requests over a time range, counted per bucket and status class. Buckets are aligned to the epoch (so a
 * day bucket is a UTC day) and every bucket of the range is present, empty ones included.
 *
 * @param from    the start of the range asked for
 * @param to      the end of the range asked for (excluded)
 * @param bucket  the width of each bucket: one minute, or coarser for long ranges
 * @param buckets oldest first
 */
public record LogChart(Instant from, Instant to, Duration bucket, List<Bucket> buckets) {

    /** At most this many bars, so a chart stays readable at any range. */
    public static final int MAX_BUCKETS = 180;

    private static final List<Duration> STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7));

    public LogChart {
        buckets = List.copyOf(buckets);
    }

    /** The finest step of 1, 5, 15, 30 minutes, 1, 3, 6, 12 hours, 1 or 7 days that keeps the bars few. */
    public static Duration bucketFor(Instant from, Instant to) {
        for (Duration step : STEPS) {
            if (count(from, to, step.toSeconds()) <= MAX_BUCKETS) {
                return step;
            }
        }
        long days = Duration.between(from, to).toDays() / (MAX_BUCKETS - 2) + 1;
        return Duration.ofDays(days);
    }

    /** Index of the first bucket (start / width) of a range; the SQL computes the same for each entry. */
    static long firstIndex(Instant from, long seconds) {
        return Math.floorDiv(from.getEpochSecond(), seconds);
    }

    /** Index of the bucket holding the last instant before {@code to}. */
    static long lastIndex(Instant to, long seconds) {
        long lastSecond = to.getNano() == 0 ? to.getEpochSecond() - 1 : to.getEpochSecond();
        return Math.floorDiv(lastSecond, seconds);
    }

    private static long count(Instant from, Instant to, long seconds) {
        return lastIndex(to, seconds) - firstIndex(from, seconds) + 1;
    }

    public long bucketMinutes() {
        return bucket.toMinutes();
    }

    public long total() {
        return buckets.stream().mapToLong(Bucket::total).sum();
    }

    /** The most requests any one bucket holds: the height the chart scales to. */
    public long busiest() {
        return buckets.stream().mapToLong(Bucket::total).max().orElse(0);
    }

    /**
     * The requests of one bucket by status class.
     *
     * @param other 1xx and 3xx answers, which the API hardly gives but which are counted all the same
     */
    public record Bucket(Instant start, long success, long clientErrors, long serverErrors, long other) {

        public long total() {
            return success + clientErrors + serverErrors + other;
        }
    }
}
