package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.requestlog.RequestLogRows;
import io.gatehouse.requestlog.RequestLogRows.Row;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClientLogsPageTests {

    static final String SCOPE_SENTENCE = "needs orders:write; this client has orders:read";

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    BeanFactory beans;

    TenantClients clients;
    RequestLogRows rows;
    OAuthClient client;
    String base;
    ConsoleBrowser admin;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void aClientWithItsOwnLog() {
        clients = new TenantClients(registry, tenants);
        rows = new RequestLogRows(beans);
        client = clients.create("acme", ClientFixtures.customerClient().name("Audited integration").build()).client();
        base = "/console/settings/api/clients/" + client.id() + "/logs";
        admin = ConsoleBrowser.loggedIn(mvc, "acme", "admin");
    }

    Row add(Row row) {
        return rows.insert("acme", row);
    }

    Row at(long secondsAgo) {
        return RequestLogRows.client(client.id(), now.minusSeconds(secondsAgo));
    }

    static List<String> requestIds(Document page) {
        return page.select(".log-table tbody tr td:last-child a").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
    }

    static List<String> cells(Element row) {
        return row.select("td").stream().map(Element::text).toList();
    }

    static String utcInput(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    @Test
    void logsWhenEntriesExistThenNewestFirstWithStatusReasonAndTiming() {
        String session = UUID.randomUUID().toString();
        Row ok = add(at(300).session(session).request("GET", "/api/v3/orders", "limit=5"));
        Row refused = add(at(60).session(session).request("POST", "/api/v3/orders/7/notes", null)
                .refused(403, "missing_scope", SCOPE_SENTENCE));
        Row tokenFailure = add(at(120).request("POST", "/oauth2/token", null)
                .refused(401, "invalid_client", "The client secret is wrong."));
        add(RequestLogRows.client(client.id() + 100_000_000, now.minusSeconds(30)));

        Document page = admin.page(base);

        assertThat(page.select("h1").text()).isEqualTo("Logs of Audited integration");
        assertThat(page.select(".log-table thead th").eachText()).containsExactly("Time (UTC)", "Status", "Method",
                "Path", "Reason", "Latency", "Bytes", "Session", "Request");
        assertThat(requestIds(page)).containsExactly(refused.id(), tokenFailure.id(), ok.id());
        Element first = page.selectFirst(".log-table tbody tr");
        assertThat(cells(first).subList(1, 7)).containsExactly("403 Forbidden", "POST",
                "/api/v3/orders/7/notes", SCOPE_SENTENCE + " missing_scope", "1.5 ms", "512");
        assertThat(first.select("td time").attr("datetime")).isEqualTo(refused.at().toString());
        assertThat(first.select("td a[title]").attr("title")).isEqualTo(session);
        assertThat(first.select("td a[title]").text()).isEqualTo(session.substring(0, 8));
        Element last = page.select(".log-table tbody tr").last();
        assertThat(cells(last).subList(1, 5)).containsExactly("200 OK", "GET",
                "/api/v3/orders?limit=5", "");
        assertThat(page.select(".pager")).isEmpty();
        assertThat(page.select(".hint").text()).contains("No time range chosen");
    }

    @Test
    void logsWhenFilteredThenOnlyMatchingEntriesAndFiltersShownBack() {
        String session = UUID.randomUUID().toString();
        Row old = add(at(7200).session(session));
        Row refused = add(at(600).session(session).request("POST", "/api/v3/orders/7/notes", null)
                .refused(403, "missing_scope", SCOPE_SENTENCE));
        Row failed = add(at(300).request("GET", "/api/v3/customers/1", null).refused(500, null, null));
        Row recent = add(at(60).session(session));

        assertThat(requestIds(admin.page(base + "?status=4xx"))).containsExactly(refused.id());
        assertThat(requestIds(admin.page(base + "?status=5xx"))).containsExactly(failed.id());
        assertThat(requestIds(admin.page(base + "?method=POST"))).containsExactly(refused.id());
        assertThat(requestIds(admin.page(base + "?path=/api/v3/customers"))).containsExactly(failed.id());
        assertThat(requestIds(admin.page(base + "?session=" + session))).containsExactly(recent.id(), refused.id(),
                old.id());
        String lastHour = "?from=" + utcInput(now.minus(Duration.ofHours(1))) + "&to=" + utcInput(now.minusSeconds(30));
        Document narrowed = admin.page(base + lastHour + "&status=2xx&session=" + session + "&path=/api/v3/orders");
        assertThat(requestIds(narrowed)).containsExactly(recent.id());
        assertThat(narrowed.select("#status option[selected]").text()).isEqualTo("2xx");
        assertThat(narrowed.select("#path").val()).isEqualTo("/api/v3/orders");
        assertThat(narrowed.select("#session").val()).isEqualTo(session);
        assertThat(narrowed.select("a.button-secondary:contains(Clear filters)").attr("href")).isEqualTo(base);
        assertThat(admin.page(base + "?method=DELETE").select(".empty-state").text())
                .contains("No entries match these filters");
        Document noSession = admin.page(base + "?session=not-a-session");
        assertThat(noSession.select(".empty-state").text()).contains("No entries match these filters");
        assertThat(noSession.select("#session").val()).isEqualTo("not-a-session");
    }

    @Test
    void logsWhenMoreThanAPageThenOlderAndNewestLinksWalkWithoutOverlap() {
        for (int i = 0; i < LogsPage.PAGE_SIZE + 5; i++) {
            add(at(1000 - i % 10).refused(i < LogsPage.PAGE_SIZE + 2 ? 404 : 200, null, null));
        }

        Document first = admin.page(base + "?status=");
        String older = first.select(".pager a:contains(Older entries)").attr("href");
        Document second = admin.page(older);

        assertThat(requestIds(first)).hasSize(LogsPage.PAGE_SIZE);
        assertThat(first.select(".pager a:contains(Newest entries)")).isEmpty();
        assertThat(older).startsWith(base + "?after=");
        assertThat(requestIds(second)).hasSize(5).doesNotContainAnyElementsOf(requestIds(first));
        assertThat(second.select(".pager a:contains(Older entries)")).isEmpty();
        assertThat(second.select(".pager a:contains(Newest entries)").attr("href")).isEqualTo(base);
        String olderErrors = admin.page(base + "?status=4xx").select(".pager a:contains(Older entries)").attr("href");
        assertThat(olderErrors).startsWith(base + "?status=4xx&after=");
        assertThat(requestIds(admin.page(olderErrors))).hasSize(2);
    }

    @Test
    void logsWhenEntriesInTheLastDayThenChartCountsThemByStatusClass() {
        // All four in one of the chart's 15-minute buckets (clock quarter-hours), wherever in a quarter the test runs:
        // from the start of the bucket that held the moment ten minutes ago.
        long quarter = Duration.ofMinutes(15).toSeconds();
        long ago = now.getEpochSecond() - Math.floorDiv(now.getEpochSecond() - 600, quarter) * quarter;
        add(at(ago));
        add(at(ago - 10));
        add(at(ago - 20).refused(401, "token_revoked", "The access token has been revoked."));
        add(at(ago - 30).refused(502, null, null));

        Document day = admin.page(base);
        Document hour = admin.page(base + "?from=" + utcInput(now.minus(Duration.ofHours(1))));

        assertThat(day.select(".log-chart h2").text())
                .isEqualTo("Requests per minute (average over 15-minute buckets)");
        assertThat(day.select(".chart-legend li").eachText()).containsExactly("2xx success: 2",
                "4xx refused or invalid: 1", "5xx server error: 1");
        Element svg = day.selectFirst("svg.chart");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-label")).contains("4 requests, 2 2xx, 1 4xx, 1 5xx");
        assertThat(svg.select("g.chart-bar rect").eachAttr("class")).contains("chart-2xx", "chart-4xx", "chart-5xx");
        assertThat(String.join(" ", svg.select("g.chart-bar title").eachText())).contains("2xx: 2", "4xx: 1", "5xx: 1");
        assertThat(day.select(".chart-table thead th").eachText()).containsExactly("Period", "2xx", "4xx", "5xx",
                "Other", "Per minute");
        assertThat(day.select(".chart-table tbody tr").stream()
                .mapToLong(tr -> cells(tr).subList(0, 4).stream().mapToLong(Long::parseLong).sum()).sum())
                .isEqualTo(4);
        assertThat(hour.select(".log-chart h2").text()).isEqualTo("Requests per minute");
        assertThat(hour.select(".chart-table tbody tr")).hasSizeBetween(1, 2);
        assertThat(admin.page(base + "?from=2001-01-01T00:00&to=2001-01-02T00:00").select(".log-chart").text())
                .contains("No requests in this range");
    }

    @Test
    void detailWhenRefusedThenWhyItWasRefusedAndEveryField() {
        String session = UUID.randomUUID().toString();
        Row refused = add(at(60).session(session).request("POST", "/api/v3/orders/7/notes", "dry=1")
                .userAgent("curl/8.5").refused(403, "missing_scope", SCOPE_SENTENCE));

        Document list = admin.page(base);
        Document detail = admin.page(list.select(".log-table tbody tr td:last-child a").attr("href"));

        Element why = detail.selectFirst(".refusal");
        assertThat(why.select("h2").text()).isEqualTo("Why it was refused");
        assertThat(why.select(".refusal-sentence").text()).isEqualTo(SCOPE_SENTENCE);
        assertThat(why.select("code").text()).isEqualTo("missing_scope");
        assertThat(detail.select(".page-header .status-code").text()).isEqualTo("403 Forbidden");
        assertThat(detail.select("dl.properties dt").eachText()).contains("Request ID", "Time", "Client", "Session",
                "Method", "Path", "Query", "Status", "Reason code", "Reason", "Latency", "Response size", "IP address",
                "User agent");
        assertThat(detail.select("dl.properties dd").eachText()).contains("403 Forbidden", "512 bytes", "1.5 ms",
                "127.0.0.1", "curl/8.5", SCOPE_SENTENCE);
        assertThat(detail.select("dd code").eachText()).contains(refused.id(), session, "POST",
                "/api/v3/orders/7/notes", "dry=1", client.clientId());
        assertThat(detail.select("a:contains(all requests of this session)").attr("href"))
                .isEqualTo(base + "?session=" + session);
        assertThat(detail.select("dd a:contains(View Sessions)").attr("href"))
                .isEqualTo("/console/settings/api/clients/" + client.id() + "/sessions");
        assertThat(detail.select("time").attr("datetime")).isEqualTo(refused.at().toString());
    }

    @Test
    void detailWhenNotRefusedThenSaysSo() {
        Row ok = add(at(60));

        Document detail = admin.page(base + "/" + ok.id());

        assertThat(detail.select(".refusal")).isEmpty();
        assertThat(detail.select(".note").text()).isEqualTo("Not refused: the request was answered with 200 OK.");
        assertThat(detail.select("dd.muted").eachText()).contains("None: no access token was used or issued "
                + "(for example a token request that was refused).");
    }

    @Test
    void detailWhenEntryOfAnotherClientOrTenantThenNotFound() {
        OAuthClient other = clients.create("acme",
                ClientFixtures.adminClient().name("Other audited integration").build())
                .client();
        Row othersEntry = rows.insert("acme", RequestLogRows.client(other.id(), now));
        Row globexEntry = rows.insert("globex", RequestLogRows.client(client.id(), now));

        assertThat(admin.get(base + "/" + othersEntry.id()).getStatus()).isEqualTo(404);
        assertThat(admin.get(base + "/" + globexEntry.id()).getStatus()).isEqualTo(404);
        assertThat(admin.get(base + "/no-such-request").getStatus()).isEqualTo(404);
        assertThat(admin.get("/console/settings/api/clients/" + other.id() + "/logs/" + othersEntry.id())
                .getStatus()).isEqualTo(200);
        assertThat(requestIds(admin.page(base))).doesNotContain(othersEntry.id(), globexEntry.id());
    }

    @Test
    void logsWhenClientOfAnotherTenantOrUnknownThenNotFound() {
        OAuthClient globex = clients.create("globex",
                ClientFixtures.adminClient().name("Globex audited integration").build())
                .client();
        Row globexEntry = rows.insert("globex", RequestLogRows.client(globex.id(), now));
        String globexBase = "/console/settings/api/clients/" + globex.id() + "/logs";

        MockHttpServletResponse list = admin.get(globexBase);
        assertThat(list.getStatus()).isEqualTo(404);
        assertThat(ConsoleBrowser.parse(list).text()).doesNotContain("Globex audited integration");
        assertThat(admin.get(globexBase + "/" + globexEntry.id()).getStatus()).isEqualTo(404);
        assertThat(admin.get("/console/settings/api/clients/0/logs").getStatus()).isEqualTo(404);
        assertThat(admin.get("/console/settings/api/clients/abc/logs").getStatus()).isEqualTo(404);
    }

    @Test
    void logsWhenScriptInUserAgentPathOrQueryThenShownAsText() throws Exception {
        Row hostile = add(at(30).request("GET", "/api/v3/<script>alert('path')</script>",
                "q=<script>alert('query')</script>").userAgent("<script>alert('agent')</script>")
                .refused(404, "not_found", "No order <script>alert('reason')</script>."));

        MockHttpServletResponse list = admin.get(base);
        MockHttpServletResponse detail = admin.get(base + "/" + hostile.id());

        for (MockHttpServletResponse response : List.of(list, detail)) {
            String html = response.getContentAsString();
            assertThat(html).contains("&lt;script&gt;alert(").doesNotContain("<script>alert");
            assertThat(ConsoleBrowser.parse(response).select("script:not([src])")).isEmpty();
        }
        assertThat(ConsoleBrowser.parse(list).select(".log-path").text())
                .isEqualTo("/api/v3/<script>alert('path')</script>?q=<script>alert('query')</script>");
        assertThat(ConsoleBrowser.parse(detail).select("dd code").eachText())
                .contains("<script>alert('agent')</script>");
    }

    @Test
    void logsWhenFilterValuesAreBadThenMessageNextToEachField() {
        add(at(30));

        MockHttpServletResponse response = admin.get(base + "?from=yesterday&status=3xx&method=BREW&path=orders"
                + "&session=%3Cb%3E");
        Document page = ConsoleBrowser.parse(response);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(page.select("#error-summary h2").text()).isEqualTo("The filters could not be applied");
        assertThat(page.select("#from-error").text())
                .contains("Enter a date and time in UTC, such as 2026-05-01T14:30.");
        assertThat(page.select("#status-error").text()).contains("Choose 2xx, 4xx or 5xx");
        assertThat(page.select("#method-error").text()).contains("Choose one of GET, POST");
        assertThat(page.select("#path-error").text()).contains("beginning with /");
        assertThat(page.select("#session-error").text()).contains("letters, digits and dashes");
        assertThat(page.select("#path").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#from").val()).isEqualTo("yesterday");
        assertThat(page.select(".log-table, svg")).isEmpty();
        Document backwards = admin.page(base + "?from=2026-05-02T10:00&to=2026-05-01T10:00");
        assertThat(backwards.select("#to-error").text()).contains("The end of the range must be after its start.");
        assertThat(admin.page(base + "?from=%2B10000-01-01T00:00").select("#from-error").text())
                .contains("Enter a date and time in UTC");
        assertThat(admin.page(base + "?after=garbage").select("#after-error").text())
                .contains("This page link is not valid");
    }

    @Test
    void logsWhenNoEntriesThenEmptyStateExplainsWhatIsLogged() {
        Document page = admin.page(base);

        Element empty = page.selectFirst(".empty-state");
        assertThat(empty.select("h3").text()).isEqualTo("No requests logged for this client yet");
        assertThat(empty.text()).contains("/oauth2/", "/api/v3/", "refused ones too",
                "Secrets and tokens are never logged");
        assertThat(page.select(".log-chart").text()).contains("No requests in this range");
    }

    @Test
    void clientDetailWhenActiveOrRevokedThenLinksToLogs() {
        String detail = "/console/settings/api/clients/" + client.id();
        assertThat(admin.page(detail).select(".page-actions a:contains(Logs)").attr("href")).isEqualTo(base);

        TenantContext.runAs(tenants.find("acme").orElseThrow(), () -> registry.revoke(client.id(), "test"));

        Document revoked = admin.page(detail);
        assertThat(revoked.select(".page-actions a").eachText()).contains("Logs").doesNotContain("Edit", "Revoke");
        assertThat(revoked.select(".page-actions a:contains(Logs)").attr("href")).isEqualTo(base);
        assertThat(admin.get(base).getStatus()).isEqualTo(200);
    }

    @Test
    void logsWhenStaffThenForbidden() {
        Row entry = add(at(30));
        ConsoleBrowser staff = ConsoleBrowser.loggedIn(mvc, "acme", "staff1");

        assertThat(staff.get(base).getStatus()).isEqualTo(403);
        assertThat(staff.get(base + "/" + entry.id()).getStatus()).isEqualTo(403);
        assertThat(new ConsoleBrowser(mvc, "acme").get(base).getRedirectedUrl()).endsWith("/console/login");
    }

    @Test
    void logsPagesWhenRenderedThenAccessibleAndWithoutInlineStyle() {
        Row entry = add(at(30).session(UUID.randomUUID().toString()).refused(403, "missing_scope", SCOPE_SENTENCE));

        List<Document> pages = List.of(admin.page(base), admin.page(base + "?status=9xx&from=x"),
                admin.page(base + "/" + entry.id()));

        for (Document page : pages) {
            ConsoleAccessibilityTests.assertAccessible(page.title(), page);
            assertThat(page.select("style, [style], script:not([src])")).isEmpty();
            assertThat(page.select("nav.breadcrumb a").eachText()).containsExactly("API", "OAuth2 Clients");
        }
    }
}
