package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.gatehouse.requestlog.RequestLogRows.Row;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The Logs page's queries on real rows; each test uses client keys no other row has. */
@SpringBootTest
@ActiveProfiles("test")
class JdbcRequestLogsTests {

    @Autowired
    RequestLogs logs;

    @Autowired
    BeanFactory beans;

    @Autowired
    TenantDirectory tenants;

    RequestLogRows rows;
    long client;
    LogSubject subject;
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @BeforeEach
    void freshClientKey() {
        rows = new RequestLogRows(beans);
        client = ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000L);
        subject = LogSubject.client(client);
    }

    <T> T acme(Supplier<T> work) {
        return TenantContext.callAs(tenants.find("acme").orElseThrow(), work);
    }

    Row add(Row row) {
        return rows.insert("acme", row);
    }

    List<String> ids(LogFilter filter) {
        return acme(() -> logs.page(filter, null, 100)).entries().stream().map(RequestLogEntry::id).toList();
    }

    @Test
    void pageWhenEntriesExistThenClientsOwnNewestFirst() {
        Row oldest = add(RequestLogRows.client(client, now.minusSeconds(180)));
        Row newest = add(RequestLogRows.client(client, now.minusSeconds(60)));
        Row middle = add(RequestLogRows.client(client, now.minusSeconds(120)));
        add(RequestLogRows.client(client + 1, now.minusSeconds(30)));

        LogPage page = acme(() -> logs.page(LogFilter.of(subject), null, 10));

        assertThat(page.entries()).extracting(RequestLogEntry::id).containsExactly(newest.id(), middle.id(),
                oldest.id());
        assertThat(page.hasOlder()).isFalse();
    }

    @Test
    void pageWhenFollowingCursorThenPagesNeitherOverlapNorSkipEvenOnTies() {
        List<Row> added = new ArrayList<>();
        Instant tie = now.minusSeconds(100);
        for (int i = 0; i < 7; i++) {
            added.add(add(RequestLogRows.client(client, tie)));
        }
        added.add(add(RequestLogRows.client(client, tie.plusMillis(1))));
        added.add(add(RequestLogRows.client(client, tie.minusMillis(1))));
        added.add(add(RequestLogRows.client(client, tie.minusSeconds(5))));
        List<String> expected = added.stream()
                .sorted(Comparator.comparing((Row r) -> r.at()).thenComparing(r -> r.id()).reversed()).map(Row::id).toList();

        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        LogCursor cursor = null;
        do {
            LogCursor after = cursor == null ? null : LogCursor.parse(cursor.token()).orElseThrow();
            LogPage page = acme(() -> logs.page(LogFilter.of(subject), after, 3));
            page.entries().forEach(e -> seen.add(e.id()));
            sizes.add(page.entries().size());
            cursor = page.next();
        }
        while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(sizes).containsExactly(3, 3, 3, 1);
    }

    @Test
    void pageWhenLimitIsExactlyTheRowCountThenNoOlderPage() {
        add(RequestLogRows.client(client, now.minusSeconds(2)));
        add(RequestLogRows.client(client, now.minusSeconds(1)));

        assertThat(acme(() -> logs.page(LogFilter.of(subject), null, 2)).hasOlder()).isFalse();
        assertThat(acme(() -> logs.page(LogFilter.of(subject), null, 1)).hasOlder()).isTrue();
    }

    @Test
    void pageWhenRangeGivenThenFromIncludedAndToExcluded() {
        Row before = add(RequestLogRows.client(client, now.minusSeconds(601)));
        Row atFrom = add(RequestLogRows.client(client, now.minusSeconds(600)));
        Row inside = add(RequestLogRows.client(client, now.minusSeconds(300)));
        Row atTo = add(RequestLogRows.client(client, now.minusSeconds(60)));

        assertThat(ids(LogFilter.of(subject).between(now.minusSeconds(600), now.minusSeconds(60))))
                .containsExactly(inside.id(), atFrom.id());
        assertThat(ids(LogFilter.of(subject).between(null, now.minusSeconds(300)))).containsExactly(atFrom.id(),
                before.id());
        assertThat(ids(LogFilter.of(subject).between(now.minusSeconds(300), null))).containsExactly(atTo.id(),
                inside.id());
    }

    @Test
    void pageWhenStatusMethodPathOrSessionFilteredThenOnlyMatchingEntries() {
        String session = UUID.randomUUID().toString();
        Row ok = add(RequestLogRows.client(client, now.minusSeconds(50)).session(session));
        Row refused = add(RequestLogRows.client(client, now.minusSeconds(40)).session(session)
                .request("POST", "/api/v3/orders/7/notes", null)
                .refused(403, "missing_scope", "needs orders:write; this client has orders:read"));
        Row failed = add(RequestLogRows.client(client, now.minusSeconds(30)).request("GET", "/api/v3/customers", null)
                .refused(500, null, null));
        Row token = add(RequestLogRows.client(client, now.minusSeconds(20)).request("POST", "/oauth2/token", null)
                .refused(401, "invalid_client", "The client secret is wrong."));

        assertThat(ids(LogFilter.of(subject).withStatusClass(2))).containsExactly(ok.id());
        assertThat(ids(LogFilter.of(subject).withStatusClass(4))).containsExactly(token.id(), refused.id());
        assertThat(ids(LogFilter.of(subject).withStatusClass(5))).containsExactly(failed.id());
        assertThat(ids(LogFilter.of(subject).withMethod("POST"))).containsExactly(token.id(), refused.id());
        assertThat(ids(LogFilter.of(subject).withPathPrefix("/api/v3/orders"))).containsExactly(refused.id(),
                ok.id());
        assertThat(ids(LogFilter.of(subject).withPathPrefix("/oauth2/"))).containsExactly(token.id());
        assertThat(ids(LogFilter.of(subject).withSessionId(session))).containsExactly(refused.id(), ok.id());
        assertThat(ids(LogFilter.of(subject).withSessionId(session).withStatusClass(4).withMethod("POST")))
                .containsExactly(refused.id());
    }

    @Test
    void pageWhenPathPrefixHasWildcardsThenTheyMatchOnlyThemselves() {
        add(RequestLogRows.client(client, now.minusSeconds(10)).request("GET", "/api/v3/orders", null));
        Row literal = add(RequestLogRows.client(client, now.minusSeconds(5)).request("GET", "/api/v3/ord_rs%", null));

        assertThat(ids(LogFilter.of(subject).withPathPrefix("/api/v3/ord_rs"))).containsExactly(literal.id());
        assertThat(ids(LogFilter.of(subject).withPathPrefix("/api/v3/%"))).isEmpty();
    }

    @Test
    void pageWhenUserTokenSubjectThenOnlyThatTokensEntries() {
        Row byToken = add(RequestLogRows.userToken(client, now.minusSeconds(10)));
        add(RequestLogRows.client(client, now.minusSeconds(5)));

        assertThat(ids(LogFilter.of(LogSubject.userToken(client)))).containsExactly(byToken.id());
        assertThat(ids(LogFilter.of(subject))).doesNotContain(byToken.id());
    }

    @Test
    void findWhenEntryOfThisSubjectThenEveryFieldElseEmpty() {
        String session = UUID.randomUUID().toString();
        Row row = add(RequestLogRows.client(client, now.minusSeconds(10)).session(session)
                .request("DELETE", "/api/v3/orders/3", "expand=lines").userAgent("curl/8.5")
                .refused(404, "not_owner", "Order 3 is not owned by this client's customer."));

        RequestLogEntry entry = acme(() -> logs.find(subject, row.id())).orElseThrow();

        assertThat(entry).isEqualTo(new RequestLogEntry("acme", row.id(), row.at(), client, session, null, "DELETE",
                "/api/v3/orders/3", "expand=lines", 404, 1_500, 512, "127.0.0.1", "curl/8.5", "not_owner",
                "Order 3 is not owned by this client's customer."));
        assertThat(acme(() -> logs.find(LogSubject.client(client + 1), row.id()))).isEmpty();
        assertThat(acme(() -> logs.find(LogSubject.userToken(client), row.id()))).isEmpty();
        assertThat(acme(() -> logs.find(subject, "no-such-id"))).isEmpty();
        assertThat(acme(() -> logs.find(subject, UUID.randomUUID().toString()))).isEmpty();
        assertThat(acme(() -> logs.find(subject, row.id().toUpperCase()))).contains(entry);
    }

    @Test
    void pageWhenSessionFilterIsNoSessionIdThenNoEntries() {
        add(RequestLogRows.client(client, now.minusSeconds(10)).session(UUID.randomUUID().toString()));
        add(RequestLogRows.client(client, now.minusSeconds(5)));

        assertThat(ids(LogFilter.of(subject).withSessionId("s-1"))).isEmpty();
        assertThat(ids(LogFilter.of(subject).withSessionId("0000000-0000-0000-0000-0000000000000"))).isEmpty();
        assertThat(acme(() -> logs.chart(LogFilter.of(subject).withSessionId("s-1")
                .between(now.minus(Duration.ofHours(1)), now))).total()).isZero();
    }

    @Test
    void insertWhenSessionIdIsNoUuidThenStoredWithoutSession() {
        Row row = add(RequestLogRows.client(client, now.minusSeconds(10)).session("not-a-session"));

        assertThat(acme(() -> logs.find(subject, row.id())).orElseThrow().sessionId()).isNull();
    }

    @Test
    void queriesWhenOtherTenantHasRowsOfTheSameClientKeyAndIdThenNeverSeen() {
        Row acmeRow = add(RequestLogRows.client(client, now.minusSeconds(120)));
        Row globexRow = rows.insert("globex", RequestLogRows.client(client, now.minusSeconds(60)).refused(500, null,
                null));
        rows.insert("globex", RequestLogRows.client(client, now.minusSeconds(30)).id(acmeRow.id())
                .request("PUT", "/api/v3/globex-only", null));
        LogFilter lastHour = LogFilter.of(subject).between(now.minus(Duration.ofHours(1)), now);

        assertThat(ids(LogFilter.of(subject))).containsExactly(acmeRow.id());
        assertThat(acme(() -> logs.find(subject, globexRow.id()))).isEmpty();
        assertThat(acme(() -> logs.find(subject, acmeRow.id())).orElseThrow().path()).isEqualTo("/api/v3/orders");
        LogChart chart = acme(() -> logs.chart(lastHour));
        assertThat(chart.total()).isEqualTo(1);
        assertThat(chart.buckets().stream().mapToLong(LogChart.Bucket::serverErrors).sum()).isZero();
    }

    @Test
    void chartWhenRangeIsAnHourThenMinuteBucketsCountedByStatusClass() {
        Instant from = now.minus(Duration.ofHours(1));
        add(RequestLogRows.client(client, from));
        add(RequestLogRows.client(client, from.plusSeconds(59)));
        add(RequestLogRows.client(client, from.plusSeconds(59)).refused(401, "token_expired", "Expired."));
        add(RequestLogRows.client(client, from.plusSeconds(60)).refused(503, null, null));
        add(RequestLogRows.client(client, now.minusSeconds(1)).refused(302, null, null));
        add(RequestLogRows.client(client, now));
        add(RequestLogRows.client(client, from.minusSeconds(1)));

        LogChart chart = acme(() -> logs.chart(LogFilter.of(subject).between(from, now)));

        assertThat(chart.bucket()).isEqualTo(Duration.ofMinutes(1));
        assertThat(chart.bucketMinutes()).isEqualTo(1);
        assertThat(chart.buckets()).hasSize(60);
        assertThat(chart.buckets().get(0)).isEqualTo(new LogChart.Bucket(from, 2, 1, 0, 0));
        assertThat(chart.buckets().get(1)).isEqualTo(new LogChart.Bucket(from.plusSeconds(60), 0, 0, 1, 0));
        assertThat(chart.buckets().get(59)).isEqualTo(new LogChart.Bucket(now.minusSeconds(60), 0, 0, 0, 1));
        assertThat(chart.total()).isEqualTo(5);
        assertThat(chart.busiest()).isEqualTo(3);
    }

    @Test
    void chartWhenRangeIsADayThenFifteenMinuteBucketsAndFiltersApply() {
        Instant from = now.minus(Duration.ofDays(1));
        Instant bucketStart = Instant.ofEpochSecond(Math.floorDiv(now.minusSeconds(3600).getEpochSecond(), 900) * 900);
        add(RequestLogRows.client(client, bucketStart));
        add(RequestLogRows.client(client, bucketStart.plusSeconds(899)).refused(403, "missing_scope", "needs x"));
        add(RequestLogRows.client(client, bucketStart.plusSeconds(600)).request("POST", "/api/v3/orders", null));

        LogChart chart = acme(() -> logs.chart(LogFilter.of(subject).between(from, now)));
        LogChart gets = acme(() -> logs.chart(LogFilter.of(subject).between(from, now).withMethod("GET")));

        assertThat(chart.bucket()).isEqualTo(Duration.ofMinutes(15));
        assertThat(chart.buckets()).hasSizeBetween(96, 97);
        assertThat(chart.buckets()).filteredOn(b -> b.start().equals(bucketStart))
                .containsExactly(new LogChart.Bucket(bucketStart, 2, 1, 0, 0));
        assertThat(gets.buckets()).filteredOn(b -> b.start().equals(bucketStart))
                .containsExactly(new LogChart.Bucket(bucketStart, 1, 1, 0, 0));
    }

    @Test
    void bucketForWhenRangeGrowsThenCoarserBucketsAndNeverTooManyBars() {
        Instant to = Instant.parse("2026-05-01T12:00:00Z");

        assertThat(LogChart.bucketFor(to.minus(Duration.ofHours(1)), to)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LogChart.bucketFor(to.minus(Duration.ofHours(3)), to)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LogChart.bucketFor(to.minus(Duration.ofHours(6)), to)).isEqualTo(Duration.ofMinutes(5));
        assertThat(LogChart.bucketFor(to.minus(Duration.ofDays(1)), to)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LogChart.bucketFor(to.minus(Duration.ofDays(7)), to)).isEqualTo(Duration.ofHours(1));
        assertThat(LogChart.bucketFor(to.minus(Duration.ofDays(30)), to)).isEqualTo(Duration.ofHours(6));
        assertThat(LogChart.bucketFor(to.minus(Duration.ofDays(90)), to)).isEqualTo(Duration.ofHours(12));
        assertThat(LogChart.bucketFor(to.minus(Duration.ofDays(100)), to)).isEqualTo(Duration.ofDays(1));
        assertThat(LogChart.bucketFor(to.minus(Duration.ofDays(365)), to)).isEqualTo(Duration.ofDays(7));
        for (Duration range : List.of(Duration.ofMinutes(7), Duration.ofDays(2), Duration.ofDays(3650),
                Duration.ofDays(40_000))) {
            Instant from = to.minus(range).plusSeconds(17);
            long seconds = LogChart.bucketFor(from, to).toSeconds();
            assertThat(LogChart.lastIndex(to, seconds) - LogChart.firstIndex(from, seconds) + 1).as(range.toString())
                    .isLessThanOrEqualTo(LogChart.MAX_BUCKETS);
        }
    }

    @Test
    void cursorWhenTokenIsNotACursorThenEmpty() {
        LogCursor cursor = new LogCursor(Instant.parse("2026-05-01T12:00:00.123456Z"),
                "01a22a6c-bac3-7fc7-9c97-265877a8f0fb");

        assertThat(LogCursor.parse(cursor.token())).contains(cursor);
        assertThat(LogCursor.parse("2026-05-01T12:00:00Z~abc-def")).as("an id that is no request id").isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new LogCursor(cursor.at(), "abc-def"));
        assertThat(LogCursor.parse("nonsense")).isEmpty();
        assertThat(LogCursor.parse("2026-13-01T00:00:00Z~x")).isEmpty();
        assertThat(LogCursor.parse("~x")).isEmpty();
        assertThat(LogCursor.parse(null)).isEmpty();
    }
}
