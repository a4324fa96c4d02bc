package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The per-minute counts behind the Logs chart: kept with the rows, each entry counted once however often it
 * is written, per tenant, purged with the rows, and summing to the very chart that counting rows gives.
 */
@SpringBootTest
@ActiveProfiles("test")
class RequestLogMinuteCountsTests {

    @Autowired
    RequestLogStore store;

    @Autowired
    RequestLogs logs;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    JdbcClient jdbc;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));

    @Test
    void insertWhenBatchWrittenAgainOrHalfStoredFirstThenEachEntryCountedOnce() {
        long client = newSubject();
        List<RequestLogEntry> batch = entries("acme", client, 40);

        as("acme", () -> {
            store.insert(batch.subList(0, 15));
            store.insert(batch);
            store.insert(batch);
            return null;
        });

        assertThat(counted("acme", client)).isEqualTo(40);
        assertThat(rows("acme", client)).isEqualTo(40);
    }

    @Test
    void insertWhenSameClientKeyInTwoTenantsThenCountedPerTenant() {
        long client = newSubject();
        as("acme", () -> {
            store.insert(entries("acme", client, 7));
            return null;
        });
        as("globex", () -> {
            store.insert(entries("globex", client, 3));
            return null;
        });

        assertThat(counted("acme", client)).isEqualTo(7);
        assertThat(counted("globex", client)).isEqualTo(3);
    }

    @Test
    void insertWhenEntriesComeInRunsOfOneKeyThenEveryRunCountedInItsOwnMinuteAndClass() {
        long client = newSubject();
        long other = newSubject();
        // In arrival order, as the writer gets them: runs of one key, broken by another client, another status
        // class and the next minute, and a key that comes back after others.
        List<RequestLogEntry> batch = new ArrayList<>();
        batch.addAll(run(client, 0, 200, 3));
        batch.addAll(run(other, 0, 200, 2));
        batch.addAll(run(client, 0, 404, 1));
        batch.addAll(run(client, 0, 200, 4));
        batch.addAll(run(client, 1, 200, 5));
        batch.addAll(run(client, 0, 200, 1));

        as("acme", () -> {
            store.insert(batch);
            return null;
        });

        assertThat(counted(client, 0, 2)).isEqualTo(8);
        assertThat(counted(client, 0, 4)).isEqualTo(1);
        assertThat(counted(client, 1, 2)).isEqualTo(5);
        assertThat(counted(other, 0, 2)).isEqualTo(2);
        assertThat(counted("acme", client)).isEqualTo(14);
    }

    @Test
    void chartWhenSummedFromMinutesThenSameAsCountingRowsForEveryBucketSizeAndStatus() {
        long client = newSubject();
        as("acme", () -> {
            store.insert(entries("acme", client, 600));
            return null;
        });
        LogFilter filter = LogFilter.of(LogSubject.client(client));

        for (Duration range : List.of(Duration.ofHours(1), Duration.ofHours(3), Duration.ofDays(2), Duration.ofDays(60))) {
            for (Integer statusClass : new Integer[] { null, 2, 4, 5 }) {
                LogFilter chosen = filter.between(start, start.plus(range)).withStatusClass(statusClass);
                // A path filter every entry matches makes the chart count rows instead.
                LogChart fromMinutes = as("acme", () -> logs.chart(chosen));
                LogChart fromRows = as("acme", () -> logs.chart(chosen.withPathPrefix("/")));
                assertThat(fromMinutes).as("%s, status %s", range, statusClass).isEqualTo(fromRows);
                assertThat(fromMinutes.total()).isPositive();
            }
        }
    }

    @Test
    void purgeWhenMinutesEndedBeforeCutoffThenDeletedWithTheRows() {
        long client = newSubject();
        as("acme", () -> {
            store.insert(entries("acme", client, 100));
            return null;
        });
        Instant cutoff = start.plus(Duration.ofMinutes(30)).plusSeconds(20);
        Instant cutoffMinute = start.plus(Duration.ofMinutes(30));
        long kept = minutes(client, ">=", cutoffMinute);

        as("acme", () -> store.purgeMinutesBefore(cutoff));

        assertThat(minutes(client, "<", cutoffMinute)).isZero();
        assertThat(minutes(client, ">=", cutoffMinute)).as("the minute of the cutoff stays whole").isEqualTo(kept)
                .isPositive();
    }

    private long minutes(long client, String comparison, Instant minute) {
        return jdbc.sql("select count(*) from request_log_minute where tenant_id = 'acme' and client_pk = :client "
                + "and minute_start " + comparison + " :minute")
                .param("client", client).param("minute", minute.atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** Entries spread over the first two hours from {@code start}, with every status class. */
    private List<RequestLogEntry> entries(String tenant, long client, int count) {
        List<RequestLogEntry> entries = new ArrayList<>();
        int[] statuses = { 200, 201, 401, 403, 404, 500, 302 };
        for (int i = 0; i < count; i++) {
            Instant at = start.plusSeconds(ThreadLocalRandom.current().nextLong(7200)).plusNanos(i * 1000L);
            entries.add(entry(tenant, client, at, statuses[i % statuses.length]));
        }
        return entries;
    }

    /** {@code count} entries of one client and status in the minute {@code minute} minutes after {@code start}. */
    private List<RequestLogEntry> run(long client, int minute, int status, int count) {
        List<RequestLogEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = start.plus(Duration.ofMinutes(minute)).plusSeconds(i);
            entries.add(entry("acme", client, at, status));
        }
        return entries;
    }

    /** The count kept for acme's client in the minute {@code minute} minutes after {@code start}. */
    private long counted(long client, int minute, int statusClass) {
        return jdbc.sql("select coalesce(sum(requests), 0) from request_log_minute where tenant_id = 'acme' "
                + "and client_pk = :client and user_token_id = 0 and minute_start = :minute and status_class = :class")
                .param("client", client).param("class", statusClass)
                .param("minute", start.plus(Duration.ofMinutes(minute)).atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    private static RequestLogEntry entry(String tenant, long client, Instant at, int status) {
        return new RequestLogEntry(tenant, UUID.randomUUID().toString(), at, client, null, null, "GET",
                "/api/v3/orders", null, status, 100, 10, "127.0.0.1", "t", null, null);
    }

    private long counted(String tenant, long client) {
        return jdbc.sql("select coalesce(sum(requests), 0) from request_log_minute where tenant_id = :tenant "
                + "and client_pk = :client and user_token_id = 0")
                .param("tenant", tenant).param("client", client).query(Long.class).single();
    }

    private long rows(String tenant, long client) {
        return jdbc.sql("select count(*) from request_log where tenant_id = :tenant and client_pk = :client")
                .param("tenant", tenant).param("client", client).query(Long.class).single();
    }

    private static long newSubject() {
        return 900_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    private <T> T as(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenants.find(tenant).orElseThrow(), work);
    }
}
