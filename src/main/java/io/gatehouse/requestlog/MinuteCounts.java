package io.gatehouse.requestlog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import io.gatehouse.tenancy.TenantJdbc;

/**
 * Keeps {@code request_log_minute}: how many requests each client or user token made per minute and status
 * class. Adding to a count is an update, or an insert when the minute is new; when another node inserts the
 * same minute first, the insert does nothing and the update runs again. Keys are written in one order, so
 * two nodes adding to the same minutes never wait on each other in a cycle.
 */
final class MinuteCounts {

    private final TenantJdbc jdbc;

    MinuteCounts(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the entries (of the current tenant) to their minutes. The first entry of each key stands for the key
     * while counting: a batch allocates a counter per key, not a key and a boxed sum per entry (§39). Entries
     * come in arrival order, so most have the key of the one before: that run is counted without a look-up in
     * the ordered map, whose chained comparator was some 1.4 µs of every API read in the writer (§46).
     */
    void add(Collection<RequestLogEntry> entries) {
        Map<RequestLogEntry, long[]> counts = new TreeMap<>(Key.ORDER);
        RequestLogEntry previous = null;
        long[] count = null;
        for (RequestLogEntry e : entries) {
            if (previous == null || !Key.same(previous, e)) {
                count = counts.computeIfAbsent(e, first -> new long[1]);
                previous = e;
            }
            count[0]++;
        }
        counts.forEach((e, sum) -> add(Key.of(e), sum[0]));
    }

    private void add(Key key, long requests) {
        if (update(key, requests) > 0) {
            return;
        }
        int inserted = jdbc.sql("""
                insert into request_log_minute (tenant_id, client_pk, user_token_id, minute_start, status_class, requests)
                values (:tenant, :client, :userToken, :minute, :class, :requests)
                on conflict do nothing""")
                .params(key.params()).param("requests", requests).update();
        if (inserted == 0) {
            update(key, requests);
        }
    }

    private int update(Key key, long requests) {
        return jdbc.sql("""
                update request_log_minute set requests = requests + :requests
                where tenant_id = :tenant and client_pk = :client and user_token_id = :userToken
                    and minute_start = :minute and status_class = :class""")
                .params(key.params()).param("requests", requests).update();
    }

    /** Minutes that ended before the cutoff; the minute the cutoff falls in stays whole. */
    int purgeBefore(Instant cutoff) {
        return jdbc.sql("delete from request_log_minute where tenant_id = :tenant and minute_start < :cutoff")
                .param("cutoff", TenantJdbc.ts(cutoff.truncatedTo(ChronoUnit.MINUTES))).update();
    }

    /**
     * 0 stands for "none" in the subject columns, which are part of the key and cannot be null. The minute is
     * its first second since the epoch: for each entry of a batch, a division rather than
     * {@code Instant.truncatedTo}, a microsecond apiece in the writer's profile (docs/decisions.md §35).
     */
    record Key(long clientPk, long userTokenId, long minuteEpochSecond, int statusClass) {

        /** The order keys are written in, compared on the entries themselves. */
        static final Comparator<RequestLogEntry> ORDER = Comparator.comparingLong(Key::clientOf)
                .thenComparingLong(Key::userTokenOf).thenComparingLong(Key::minuteOf)
                .thenComparingInt(RequestLogEntry::statusClass);

        /** Whether the two entries count in the same minute of the same subject and status class. */
        static boolean same(RequestLogEntry a, RequestLogEntry b) {
            return a.statusClass() == b.statusClass() && minuteOf(a) == minuteOf(b) && clientOf(a) == clientOf(b)
                    && userTokenOf(a) == userTokenOf(b);
        }

        static Key of(RequestLogEntry e) {
            return new Key(clientOf(e), userTokenOf(e), minuteOf(e), e.statusClass());
        }

        private static long clientOf(RequestLogEntry e) {
            return e.clientPk() == null ? 0 : e.clientPk();
        }

        private static long userTokenOf(RequestLogEntry e) {
            return e.userTokenId() == null ? 0 : e.userTokenId();
        }

        private static long minuteOf(RequestLogEntry e) {
            return Math.floorDiv(e.at().getEpochSecond(), 60) * 60;
        }

        Map<String, Object> params() {
            return Map.of("client", clientPk, "userToken", userTokenId,
                    "minute", TenantJdbc.ts(Instant.ofEpochSecond(minuteEpochSecond)), "class", statusClass);
        }
    }
}
