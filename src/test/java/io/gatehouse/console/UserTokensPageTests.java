package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.gatehouse.identity.CreatedUserToken;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.identity.UserTokenCheck;
import io.gatehouse.identity.UserTokens;
import io.gatehouse.support.DemoUsers;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.UsageRecorder;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** System Settings › API › User Tokens, as an admin (and a staff user) sees it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserTokensPageTests {

    static final String TOKENS = "/console/settings/api/user-tokens";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserTokens tokens;
    @Autowired
    UserDirectory users;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    List<UsageRecorder<?>> usage;

    ConsoleBrowser admin;

    @BeforeEach
    void logIn() {
        admin = ConsoleBrowser.loggedIn(mvc, "acme", "admin");
    }

    @Test
    void listWhenTokensThenUserLabelHintCreatorUsageAndStatus() {
        String label = "Listed " + UUID.randomUUID();
        CreatedUserToken created = acme(() -> tokens.create(2L, label, "admin"));
        acme(() -> tokens.check(created.rawToken()));
        usage.forEach(UsageRecorder::flush); // as the scheduled flush does within a second

        Document page = admin.page(TOKENS);

        Element row = page.getElementById("user-token-" + created.token().id());
        assertThat(row.select("th[scope=row]").text()).isEqualTo(label);
        List<String> cells = row.select("td").eachText();
        assertThat(cells.get(0)).isEqualTo("Sam Staff (staff1)");
        assertThat(cells.get(1)).isEqualTo(created.token().masked()).startsWith("gut_…").hasSize(9);
        assertThat(cells.get(2)).endsWith("by admin");
        assertThat(cells.get(3)).endsWith("UTC");
        assertThat(cells.subList(4, 6)).containsExactly("1", "Active");
        assertThat(row.select("a").eachText()).containsExactly("Logs", "Revoke");
        assertThat(row.select("a:contains(Revoke)").attr("aria-label"))
                .isEqualTo("Revoke the token “" + label + "” of Sam Staff");
        assertThat(page.html()).doesNotContain(created.rawToken());
        assertThat(page.select("nav.sidenav a[aria-current=page]").text()).isEqualTo("User Tokens");
    }

    @Test
    void listWhenAnyTokensThenLegacyAndComparisonWithOAuth2Clients() {
        Document page = admin.page(TOKENS);

        assertThat(page.select("h1").text()).isEqualTo("User Tokens Legacy");
        assertThat(page.select(".alert-warning").text()).contains("legacy way to call the API", "never expires");
        Element comparison = page.selectFirst("table.comparison-table");
        assertThat(comparison.select("thead th").eachText()).containsExactly("Aspect", "User token (legacy)",
                "OAuth2 client (recommended)");
        assertThat(comparison.select("tbody th").eachText()).containsExactly("Permissions", "Expiry",
                "Customer limit", "Hidden fields", "Request logs");
        assertThat(comparison.select("tbody tr").get(1).select("td").eachText().get(1))
                .contains("A week, a month, a year or a date", "each session can be revoked");
        assertThat(page.select("a:contains(Create an OAuth2 client instead)").attr("href"))
                .isEqualTo("/console/settings/api/clients/new");
    }

    @Test
    void listWhenTenantHasNoTokensThenEmptyStateAndNoChanges() {
        Tenant fresh = tenants.create("t" + UUID.randomUUID().toString().substring(0, 8), "Initech Repairs");
        TenantContext.runAs(fresh, () -> users.create("boss", "Initech Boss", "boss@initech.example",
                DemoUsers.PASSWORD, Role.ADMIN));

        Document page = ConsoleBrowser.loggedIn(mvc, fresh.id(), "boss").page(TOKENS);

        assertThat(page.select("table.user-tokens-table")).isEmpty();
        Element empty = page.selectFirst(".empty-state");
        assertThat(empty.select("h2").text()).isEqualTo("No user tokens");
        assertThat(empty.text()).contains("Authorization: Bearer gut_…", "should use an OAuth2 client");
        assertThat(page.getElementById("audit-heading").parent().text())
                .contains("No user token has been created or revoked yet.");
    }

    @Test
    void createWhenValidThenTokenShownOnceWithCurlAndNeverAgain() {
        Document form = admin.page(TOKENS + "/new");
        assertThat(form.select("#userId option").eachText()).contains("Acme Admin (admin, Admin)",
                "Sam Staff (staff1, Staff)");
        String label = "Created " + UUID.randomUUID();

        MockHttpServletResponse response = admin.submit(TOKENS + "/new", Map.of("userId", "2", "label", label));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = ConsoleBrowser.parse(response);
        assertThat(page.select("h1").text()).isEqualTo("User token created");
        assertThat(page.select("[role=alert]").text()).contains("shown only once — copy it now");
        String raw = page.getElementById("user-token").text();
        assertThat(raw).matches("gut_[0-9A-Za-z]{43,}");
        assertThat(page.select("button[data-copy=user-token]").text()).isEqualTo("Copy token");
        assertThat(page.getElementById("curl-command").text())
                .isEqualTo("curl -s -H 'Authorization: Bearer " + raw + "' http://acme.localhost/api/v3/orders");
        assertThat(page.select("dd").eachText()).contains("Sam Staff (staff1)", label,
                "Never — it works until it is revoked.");
        assertThat(acme(() -> tokens.check(raw))).isInstanceOfSatisfying(UserTokenCheck.Active.class,
                active -> assertThat(active.user().username()).isEqualTo("staff1"));

        assertThat(admin.page(TOKENS).html()).doesNotContain(raw);
        assertThat(ConsoleBrowser.parse(admin.get(TOKENS)).text()).contains(label, "…" + raw.substring(raw.length() - 4));
        for (String name : Collections.list(admin.session().getAttributeNames())) {
            assertThat(String.valueOf(admin.session().getAttribute(name))).as(name).doesNotContain(raw);
        }
    }

    @Test
    void createWhenUserAndLabelMissingThenErrorsShownAndNothingCreated() {
        int before = acme(() -> tokens.list()).size();
        admin.page(TOKENS + "/new");

        MockHttpServletResponse response = admin.submit(TOKENS + "/new", Map.of("userId", "", "label", "   "));

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = ConsoleBrowser.parse(response);
        assertThat(page.select("#error-summary h2").text()).isEqualTo("The user token was not created");
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#userId-error", "#label-error");
        assertThat(page.getElementById("userId-error").text()).isEqualTo("Error: Choose the user the token acts for.");
        assertThat(page.getElementById("label-error").text())
                .isEqualTo("Error: Enter a label that tells what the token is used for.");
        assertThat(page.getElementById("label").attr("aria-invalid")).isEqualTo("true");
        assertThat(acme(() -> tokens.list())).hasSize(before);
    }

    @Test
    void createWhenLabelTooLongThenKeptInFormWithError() {
        admin.page(TOKENS + "/new");
        String label = "<script>alert(1)</script>" + "x".repeat(200);

        Document page = ConsoleBrowser.parse(admin.submit(TOKENS + "/new", Map.of("userId", "1", "label", label)));

        assertThat(page.getElementById("label-error").text()).contains("at most 200 characters");
        assertThat(page.getElementById("label").attr("value")).isEqualTo(label);
        assertThat(page.select("#userId option[selected]").text()).isEqualTo("Acme Admin (admin, Admin)");
        assertThat(page.select("script:containsData(alert(1))")).isEmpty();
    }

    @Test
    void revokeWhenConfirmedThenRevokedWithNoticeAndAuditEntry() {
        String label = "<b>Revoked</b> " + UUID.randomUUID();
        CreatedUserToken created = acme(() -> tokens.create(2L, label, "admin"));
        String path = TOKENS + "/" + created.token().id() + "/revoke";

        Document confirm = admin.page(path);
        assertThat(confirm.select("h1").text()).isEqualTo("Revoke the user token “" + label + "”?");
        assertThat(confirm.select("dd").eachText()).contains("Sam Staff (staff1)", created.token().masked());
        assertThat(confirm.select("b")).isEmpty();
        assertThat(acme(() -> tokens.check(created.rawToken()))).isInstanceOf(UserTokenCheck.Active.class);

        MockHttpServletResponse response = admin.submit(path, Map.of());

        assertThat(response.getRedirectedUrl()).isEqualTo(TOKENS);
        Document list = admin.page(TOKENS);
        assertThat(list.select(".alert-success").text()).isEqualTo("The user token “" + label + "” of Sam Staff ("
                + created.token().masked() + ") is revoked. It stopped working at once.");
        Element row = list.getElementById("user-token-" + created.token().id());
        assertThat(row.select(".status").text()).isEqualTo("Revoked");
        assertThat(row.select("a").eachText()).containsExactly("Logs");
        assertThat(acme(() -> tokens.check(created.rawToken()))).isInstanceOfSatisfying(UserTokenCheck.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("token_revoked"));
        List<String> audit = list.select("section:has(#audit-heading) tbody tr").eachText();
        assertThat(audit.get(0)).contains("admin user token revoked of staff1 (label “" + label + "”, "
                + created.token().masked() + ")");
        assertThat(audit.get(1)).contains("admin user token created for staff1 (label “" + label + "”");
        assertThat(list.html()).doesNotContain(created.rawToken());

        assertThat(admin.get(path).getRedirectedUrl()).as("confirmation of a revoked token").isEqualTo(TOKENS);
    }

    @Test
    void revokeWhenTokenUnknownOrOfOtherTenantThenNotFound() {
        CreatedUserToken globex = TenantContext.callAs(tenants.find("globex").orElseThrow(),
                () -> tokens.create(1L, "Globex token", "test"));
        String path = TOKENS + "/" + globex.token().id() + "/revoke";

        assertThat(admin.get(path).getStatus()).isEqualTo(404);
        admin.page(TOKENS);
        assertThat(admin.submit(path, Map.of()).getStatus()).isEqualTo(404);
        assertThat(admin.get(TOKENS + "/0/revoke").getStatus()).isEqualTo(404);
        assertThat(TenantContext.callAs(tenants.find("globex").orElseThrow(),
                () -> tokens.check(globex.rawToken()))).isInstanceOf(UserTokenCheck.Active.class);
    }

    @Test
    void pagesWhenStaffThenForbiddenAndNothingChanged() {
        CreatedUserToken created = acme(() -> tokens.create(1L, "Staff cannot revoke", "admin"));
        int before = acme(() -> tokens.list()).size();
        ConsoleBrowser staff = ConsoleBrowser.loggedIn(mvc, "acme", "staff1");
        staff.page("/console");
        String revoke = TOKENS + "/" + created.token().id() + "/revoke";

        for (String path : List.of(TOKENS, TOKENS + "/new", revoke)) {
            assertThat(staff.get(path).getStatus()).as("GET " + path).isEqualTo(403);
        }
        assertThat(staff.submit(TOKENS + "/new", Map.of("userId", "2", "label", "Staff made")).getStatus())
                .isEqualTo(403);
        assertThat(staff.submit(revoke, Map.of()).getStatus()).isEqualTo(403);
        assertThat(acme(() -> tokens.list())).hasSize(before);
        assertThat(acme(() -> tokens.find(created.token().id())).orElseThrow().revoked()).isFalse();
    }

    @Test
    void everyPageWhenRenderedThenControlsLabelledAndButtonsNamed() {
        CreatedUserToken created = acme(() -> tokens.create(2L, "A11y token", "admin"));
        Map<String, Document> pages = new LinkedHashMap<>();
        pages.put("list", admin.page(TOKENS));
        pages.put("new", admin.page(TOKENS + "/new"));
        pages.put("errors", ConsoleBrowser.parse(admin.submit(TOKENS + "/new", Map.of("label", ""))));
        admin.page(TOKENS + "/new");
        pages.put("created", ConsoleBrowser.parse(admin.submit(TOKENS + "/new", Map.of("userId", "1", "label", "A"))));
        pages.put("revoke", admin.page(TOKENS + "/" + created.token().id() + "/revoke"));

        pages.forEach((name, page) -> {
            ConsoleAccessibilityTests.assertAccessible(name, page);
            assertThat(page.title()).as("title of " + name).endsWith("· Gatehouse");
            assertThat(page.select("main#main h1")).as("h1 on " + name).hasSize(1);
            assertThat(page.select("nav.breadcrumb [aria-current=page]")).as("breadcrumb on " + name).hasSize(1);
        });
    }

    private <T> T acme(Supplier<T> work) {
        return TenantContext.callAs(tenants.find("acme").orElseThrow(), work);
    }
}
