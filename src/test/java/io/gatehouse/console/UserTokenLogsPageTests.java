package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.gatehouse.identity.CreatedUserToken;
import io.gatehouse.identity.UserToken;
import io.gatehouse.identity.UserTokens;
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

/** The Logs pages of a legacy user token: the client's Logs pages, worded for a user token and without sessions. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserTokenLogsPageTests {

    static final String TOKENS = "/console/settings/api/user-tokens";
    static final String REVOKED_SENTENCE = "The user token has been revoked.";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserTokens tokens;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    BeanFactory beans;

    RequestLogRows rows;
    CreatedUserToken created;
    UserToken token;
    String base;
    ConsoleBrowser admin;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void aUserTokenOfStaff1() {
        rows = new RequestLogRows(beans);
        created = acme(() -> tokens.create(2L, "Zapier " + UUID.randomUUID(), "admin"));
        token = created.token();
        base = TOKENS + "/" + token.id() + "/logs";
        admin = ConsoleBrowser.loggedIn(mvc, "acme", "admin");
    }

    Row add(Row row) {
        return rows.insert("acme", row);
    }

    Row at(long secondsAgo) {
        return RequestLogRows.userToken(token.id(), now.minusSeconds(secondsAgo));
    }

    @Test
    void logsWhenEntriesExistThenNewestFirstWithReasonAndNoSessions() {
        Row ok = add(at(300).request("GET", "/api/v3/orders", "limit=5"));
        Row refused = add(at(60).request("GET", "/api/v3/customers/1", null)
                .refused(401, "user_deactivated", "The user of this user token has been deactivated."));
        Row missing = add(at(120).request("GET", "/api/v3/orders/999999", null).refused(404, null, null));
        Row sameNumberedClient = add(RequestLogRows.client(token.id(), now.minusSeconds(30)));
        Row otherToken = add(RequestLogRows.userToken(token.id() + 100_000_000, now.minusSeconds(30)));

        Document page = admin.page(base);

        assertThat(page.select("h1").text()).isEqualTo("Logs of " + token.label());
        assertThat(page.select(".page-header .status").text()).isEqualTo("Active");
        assertThat(page.select(".owner-identity").text())
                .isEqualTo("User token " + token.masked() + ", acting as Sam Staff (staff1)");
        assertThat(page.select(".lead").text()).startsWith("Every call made with this user token to the API");
        assertThat(page.select(".log-table caption").text())
                .isEqualTo("Logged requests of this user token, newest first");
        assertThat(page.select(".log-table thead th").eachText()).containsExactly("Time (UTC)", "Status", "Method",
                "Path", "Reason", "Latency", "Bytes", "Request");
        assertThat(ClientLogsPageTests.requestIds(page)).containsExactly(refused.id(), missing.id(), ok.id())
                .doesNotContain(sameNumberedClient.id(), otherToken.id());
        Element first = page.selectFirst(".log-table tbody tr");
        assertThat(first.select("td.log-reason").text())
                .isEqualTo("The user of this user token has been deactivated. user_deactivated");
        assertThat(ClientLogsPageTests.cells(page.select(".log-table tbody tr").last()).subList(1, 4))
                .containsExactly("200 OK", "GET", "/api/v3/orders?limit=5");
        assertThat(page.select("#session")).isEmpty();
        assertThat(page.select(".chart-legend li").eachText()).containsExactly("2xx success: 1",
                "4xx refused or invalid: 2", "5xx server error: 0");
        assertThat(page.select(".page-actions a").text()).isEqualTo("User Tokens");
        assertThat(page.select(".page-actions a").attr("href")).isEqualTo(TOKENS + "#user-token-" + token.id());
        assertThat(page.text()).doesNotContainIgnoringCase("this client");
        assertThat(ClientLogsPageTests.requestIds(admin.page(base + "?status=4xx&path=/api/v3/orders")))
                .containsExactly(missing.id());
    }

    @Test
    void logsWhenSessionParameterGivenThenIgnoredBecauseUserTokensHaveNone() {
        Row entry = add(at(60));

        Document page = admin.page(base + "?session=" + UUID.randomUUID());

        assertThat(ClientLogsPageTests.requestIds(page)).containsExactly(entry.id());
        assertThat(page.select("a:contains(Clear filters)")).isEmpty();
        assertThat(page.select(".quick-ranges a").eachAttr("href")).noneMatch(href -> href.contains("session="));
    }

    @Test
    void logsWhenNoEntriesThenEmptyStateExplainsWhatIsLoggedForAUserToken() {
        Document page = admin.page(base);

        Element empty = page.selectFirst(".empty-state");
        assertThat(empty.select("h3").text()).isEqualTo("No requests logged for this user token yet");
        assertThat(empty.text()).contains("/api/v3/", "refused ones too", "it has no sessions and no token requests",
                "Secrets and tokens are never logged");
        assertThat(page.text()).doesNotContainIgnoringCase("this client");
    }

    @Test
    void detailWhenRefusedThenUserTokenItsUserAndWhy() {
        Row refused = add(at(60).request("DELETE", "/api/v3/orders/7", null).userAgent("zapier/2.0")
                .refused(401, "token_revoked", REVOKED_SENTENCE));

        Document list = admin.page(base);
        Document detail = admin.page(list.select(".log-table tbody tr td:last-child a").attr("href"));

        assertThat(detail.title()).isEqualTo("Request " + refused.id() + " · Logs of " + token.label() + " · Gatehouse");
        assertThat(detail.select(".refusal .refusal-sentence").text()).isEqualTo(REVOKED_SENTENCE);
        assertThat(detail.select(".refusal code").text()).isEqualTo("token_revoked");
        assertThat(detail.select("dl.properties dt").eachText()).contains("User token", "Acting as", "Method")
                .doesNotContain("Client", "Session");
        assertThat(detail.select("dd").eachText()).contains(token.label() + " " + token.masked() + " Active",
                "Sam Staff (staff1) (a user token can do everything its user can; it has no sessions)",
                "401 Unauthorized", "zapier/2.0", REVOKED_SENTENCE);
        assertThat(detail.select(".page-actions a").text()).isEqualTo("All logs of this user token");
        assertThat(detail.select(".page-actions a").attr("href")).isEqualTo(base);
        assertThat(detail.select("a:contains(View Sessions)")).isEmpty();
        assertThat(detail.text()).doesNotContainIgnoringCase("this client");
    }

    @Test
    void detailWhenEntryOfAClientOrAnotherTokenThenNotFound() {
        CreatedUserToken other = acme(() -> tokens.create(1L, "Other token", "admin"));
        Row clientEntry = add(RequestLogRows.client(token.id(), now));
        Row othersEntry = add(RequestLogRows.userToken(other.token().id(), now));
        Row globexEntry = rows.insert("globex", RequestLogRows.userToken(token.id(), now));

        assertThat(admin.get(base + "/" + clientEntry.id()).getStatus()).isEqualTo(404);
        assertThat(admin.get(base + "/" + othersEntry.id()).getStatus()).isEqualTo(404);
        assertThat(admin.get(base + "/" + globexEntry.id()).getStatus()).isEqualTo(404);
        assertThat(admin.get(base + "/no-such-request").getStatus()).isEqualTo(404);
        assertThat(admin.get(TOKENS + "/" + other.token().id() + "/logs/" + othersEntry.id()).getStatus())
                .isEqualTo(200);
    }

    @Test
    void logsWhenTokenOfAnotherTenantOrUnknownThenNotFound() {
        CreatedUserToken globex = TenantContext.callAs(tenants.find("globex").orElseThrow(),
                () -> tokens.create(1L, "Globex logged token", "test"));
        Row globexEntry = rows.insert("globex", RequestLogRows.userToken(globex.token().id(), now));
        String globexBase = TOKENS + "/" + globex.token().id() + "/logs";

        MockHttpServletResponse list = admin.get(globexBase);
        assertThat(list.getStatus()).isEqualTo(404);
        assertThat(ConsoleBrowser.parse(list).text()).doesNotContain("Globex logged token");
        assertThat(admin.get(globexBase + "/" + globexEntry.id()).getStatus()).isEqualTo(404);
        assertThat(admin.get(TOKENS + "/0/logs").getStatus()).isEqualTo(404);
        assertThat(admin.get(TOKENS + "/abc/logs").getStatus()).isEqualTo(404);
    }

    @Test
    void logsWhenRealCallsWithTheTokenThenLoggedAsItsOwnAndKeptAfterRevocation() throws Exception {
        MockHttpServletResponse ok = api(created.rawToken());
        acme(() -> tokens.revoke(token.id(), "admin"));
        MockHttpServletResponse refused = api(created.rawToken());
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(refused.getStatus()).isEqualTo(401);

        Document page = awaitEntries(ok.getHeader("X-Request-Id"), refused.getHeader("X-Request-Id"));

        assertThat(page.select(".page-header .status").text()).isEqualTo("Revoked");
        List<Element> entries = page.select(".log-table tbody tr");
        assertThat(ClientLogsPageTests.cells(entries.get(0)).subList(1, 5)).containsExactly("401 Unauthorized",
                "GET", "/api/v3/orders", REVOKED_SENTENCE + " token_revoked");
        assertThat(ClientLogsPageTests.cells(entries.get(1)).subList(1, 4)).containsExactly("200 OK", "GET",
                "/api/v3/orders");
        Document detail = admin.page(base + "/" + refused.getHeader("X-Request-Id"));
        assertThat(detail.select(".refusal-sentence").text()).isEqualTo(REVOKED_SENTENCE);
        assertThat(detail.select("dd").eachText()).contains(token.label() + " " + token.masked() + " Revoked");
        assertThat(page.html() + detail.html()).doesNotContain(created.rawToken());
    }

    @Test
    void userTokensListWhenActiveOrRevokedThenEachRowLinksToItsLogs() {
        CreatedUserToken revoked = acme(() -> tokens.create(1L, "Revoked logged token", "admin"));
        acme(() -> tokens.revoke(revoked.token().id(), "admin"));

        Document list = admin.page(TOKENS);

        Element active = list.getElementById("user-token-" + token.id()).selectFirst("a:contains(Logs)");
        assertThat(active.attr("href")).isEqualTo(base);
        assertThat(active.attr("aria-label")).isEqualTo("Logs of the token “" + token.label() + "” of Sam Staff");
        Element gone = list.getElementById("user-token-" + revoked.token().id()).selectFirst("a:contains(Logs)");
        assertThat(gone.attr("href")).isEqualTo(TOKENS + "/" + revoked.token().id() + "/logs");
        assertThat(admin.get(gone.attr("href")).getStatus()).isEqualTo(200);
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
    void logsPagesWhenRenderedThenAccessibleWithUserTokensBreadcrumb() {
        Row entry = add(at(30).refused(401, "token_revoked", REVOKED_SENTENCE));

        List<Document> pages = List.of(admin.page(base), admin.page(base + "?status=9xx&from=x"),
                admin.page(base + "/" + entry.id()), admin.page(TOKENS));

        for (Document page : pages) {
            ConsoleAccessibilityTests.assertAccessible(page.title(), page);
            assertThat(page.select("style, [style], script:not([src])")).isEmpty();
            assertThat(page.select("nav.sidenav a[aria-current=page]").text()).isEqualTo("User Tokens");
        }
        for (Document page : pages.subList(0, 3)) {
            assertThat(page.select("nav.breadcrumb a").eachText()).containsExactly("API", "User Tokens");
            assertThat(page.select("nav.breadcrumb a").last().attr("href")).isEqualTo(TOKENS);
            assertThat(page.select("nav.breadcrumb [aria-current=page]")).hasSize(1);
        }
    }

    /** The Logs page once the writer, which works off the request thread, has stored both entries. */
    private Document awaitEntries(String... requestIds) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        Document page = admin.page(base);
        while (!ClientLogsPageTests.requestIds(page).containsAll(List.of(requestIds))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            page = admin.page(base);
        }
        assertThat(ClientLogsPageTests.requestIds(page)).containsExactly(requestIds[1], requestIds[0]);
        return page;
    }

    private MockHttpServletResponse api(String bearer) throws Exception {
        return mvc.perform(get("/api/v3/orders").header("Authorization", "Bearer " + bearer).with(r -> {
            r.setServerName("acme.localhost");
            return r;
        })).andReturn().getResponse();
    }

    private <T> T acme(Supplier<T> work) {
        return TenantContext.callAs(tenants.find("acme").orElseThrow(), work);
    }
}
