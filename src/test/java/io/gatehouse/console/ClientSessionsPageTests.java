package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.UsageRecorder;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/** View Sessions: the live sessions of one client, and revoking one or all, with the next API call refused. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClientSessionsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    List<UsageRecorder<?>> usage;

    @Test
    void sessionsWhenTokensIssuedThenNewestFirstWithEveryColumn() throws Exception {
        CreatedClient client = create("Sessions list client");
        String first = token(client, "first-agent/1.0", "198.51.100.7");
        String second = token(client, "<script>alert(1)</script>", "203.0.113.9");
        assertThat(api(second).getStatus()).isEqualTo(200);
        assertThat(api(second).getStatus()).isEqualTo(200);
        usage.forEach(UsageRecorder::flush); // as the scheduled flush does within a second: no waiting in tests

        Document page = admin().page(sessionsPath(client));

        assertThat(page.select("thead th").eachText()).containsExactly("Session", "Issued", "Expires", "Scopes",
                "Requested from", "Last used", "Requests", "Actions");
        List<Element> rows = page.select("tbody tr");
        assertThat(rows).hasSize(2);
        Element newest = rows.get(0);
        assertThat(newest.text()).contains("203.0.113.9", "<script>alert(1)</script>", "customers:read");
        assertThat(newest.select("td").get(4).select("time")).hasSize(1);
        assertThat(newest.select("td").get(5).text()).isEqualTo("2");
        assertThat(rows.get(1).text()).contains("198.51.100.7", "first-agent/1.0", "Never");
        assertThat(newest.select("th a").attr("href")).startsWith(
                "/console/settings/api/clients/" + client.client().id() + "/logs?session=");
        assertThat(page.outerHtml()).doesNotContain("<script>alert(1)").doesNotContain(first).doesNotContain(second);
        assertThat(page.select("p.muted").text()).contains("2 live sessions");
    }

    @Test
    void revokeWhenOneSessionRevokedThenItsNextApiCallRefusedAndOthersWork() throws Exception {
        CreatedClient client = create("Sessions revoke one client");
        String kept = token(client, "kept", "192.0.2.1");
        String revoked = token(client, "revoked", "192.0.2.2");
        ConsoleBrowser browser = admin();
        Document page = browser.page(sessionsPath(client));
        String action = page.select("tbody tr").stream().filter(tr -> tr.text().contains("192.0.2.2")).findFirst()
                .orElseThrow().select("form").attr("action");

        MockHttpServletResponse response = browser.submit(action, Map.of());

        assertThat(response.getRedirectedUrl()).isEqualTo(sessionsPath(client));
        Document after = browser.page(sessionsPath(client));
        assertThat(after.select("[role=status]").text()).contains("is revoked");
        assertThat(after.select("tbody tr")).hasSize(1);
        assertThat(after.select("tbody tr").text()).contains("192.0.2.1");
        MockHttpServletResponse refused = api(revoked);
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentAsString()).contains("token_revoked");
        assertThat(api(kept).getStatus()).isEqualTo(200);
        Document detail = browser.page("/console/settings/api/clients/" + client.client().id());
        assertThat(detail.select(".audit-details").eachText()).anyMatch(text -> text.startsWith("session "));
    }

    @Test
    void revokeAllWhenConfirmedThenEveryTokenRefusedAndClientStillIssuesNewOnes() throws Exception {
        CreatedClient client = create("Sessions revoke all client");
        String one = token(client, "a", "192.0.2.3");
        String two = token(client, "b", "192.0.2.4");
        ConsoleBrowser browser = admin();

        Document confirm = browser.page(sessionsPath(client) + "/revoke-all");
        assertThat(confirm.select("h1").text()).isEqualTo("Revoke all sessions of Sessions revoke all client?");
        assertThat(confirm.select(".alert-title").text()).isEqualTo("2 live sessions will be revoked.");
        MockHttpServletResponse response = browser.submit(sessionsPath(client) + "/revoke-all", Map.of());

        assertThat(response.getRedirectedUrl()).isEqualTo(sessionsPath(client));
        Document after = browser.page(sessionsPath(client));
        assertThat(after.select("[role=status]").text()).isEqualTo(
                "Revoked 2 sessions. The client itself still works: it can request new tokens.");
        assertThat(after.select(".empty-state h2").text()).isEqualTo("No live sessions");
        assertThat(api(one).getStatus()).isEqualTo(401);
        assertThat(api(two).getStatus()).isEqualTo(401);
        assertThat(api(token(client, "c", "192.0.2.5")).getStatus()).isEqualTo(200);
    }

    @Test
    void revokeAllWhenNotConfirmedByPostThenNothingRevoked() throws Exception {
        CreatedClient client = create("Sessions unconfirmed client");
        String live = token(client, "a", "192.0.2.6");

        admin().page(sessionsPath(client) + "/revoke-all");

        assertThat(api(live).getStatus()).isEqualTo(200);
    }

    @Test
    void sessionsWhenManyThenPaginatedNewestFirst() throws Exception {
        CreatedClient client = create("Sessions paging client");
        for (int i = 0; i < ClientSessionsController.PAGE_SIZE + 2; i++) {
            token(client, "agent-" + i, "192.0.2.10");
        }
        ConsoleBrowser browser = admin();

        Document first = browser.page(sessionsPath(client));
        Document second = browser.page(first.select("a[rel=next]").attr("href"));

        assertThat(first.select("tbody tr")).hasSize(ClientSessionsController.PAGE_SIZE);
        assertThat(first.select("tbody tr").first().text()).contains("agent-" + (ClientSessionsController.PAGE_SIZE + 1));
        assertThat(second.select("tbody tr")).hasSize(2);
        assertThat(second.select("tbody tr").last().text()).contains("agent-0");
        assertThat(second.select("a[rel=prev]").attr("href")).endsWith("offset=0");
        assertThat(browser.page(sessionsPath(client) + "?offset=abc").select("tbody tr")).hasSize(25);
    }

    @Test
    void sessionsWhenClientOfAnotherTenantOrSessionOfAnotherClientThenNothingShownOrRevoked() throws Exception {
        CreatedClient client = create("Sessions isolation client");
        CreatedClient other = create("Sessions other client");
        String token = token(client, "a", "192.0.2.20");
        ConsoleBrowser browser = admin();
        String action = browser.page(sessionsPath(client)).select("tbody form").attr("action");
        String sessionId = action.replaceAll(".*/sessions/([^/]+)/revoke", "$1");

        browser.submit(sessionsPath(other) + "/" + sessionId + "/revoke", Map.of());
        assertThat(api(token).getStatus()).isEqualTo(200);

        ConsoleBrowser globex = ConsoleBrowser.loggedIn(mvc, "globex", "admin");
        assertThat(globex.get(sessionsPath(client)).getStatus()).isEqualTo(404);
        globex.page("/console/settings/api/clients");
        assertThat(globex.submit(sessionsPath(client) + "/revoke-all", Map.of()).getStatus()).isEqualTo(404);
        assertThat(api(token).getStatus()).isEqualTo(200);
    }

    @Test
    void sessionsWhenStaffUserThenNotShown() {
        CreatedClient client = create("Sessions staff client");

        assertThat(ConsoleBrowser.loggedIn(mvc, "acme", "staff1").get(sessionsPath(client)).getStatus())
                .isEqualTo(403);
    }

    @Test
    void clientListWhenSessionsUsedThenShowsActiveSessionsAndLastUse() throws Exception {
        CreatedClient client = create("Sessions usage client");
        api(token(client, "a", "192.0.2.30"));
        token(client, "b", "192.0.2.31");
        usage.forEach(UsageRecorder::flush);

        Document list = admin().page("/console/settings/api/clients");

        Element row = list.select("tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals("Sessions usage client")).findFirst().orElseThrow();
        assertThat(row.select("td").get(5).text()).isEqualTo("2");
        assertThat(row.select("td").get(5).select("a").attr("href")).isEqualTo(sessionsPath(client));
        assertThat(row.select("td").get(6).select("time")).hasSize(1);
    }

    private ConsoleBrowser admin() {
        return ConsoleBrowser.loggedIn(mvc, "acme", "admin");
    }

    private CreatedClient create(String name) {
        return new TenantClients(registry, tenants).create("acme",
                ClientFixtures.adminClient().name(name).scopes("customers:read").build());
    }

    private static String sessionsPath(CreatedClient client) {
        return "/console/settings/api/clients/" + client.client().id() + "/sessions";
    }

    private String token(CreatedClient client, String userAgent, String ip) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((client.client().clientId() + ":" + client.secret()).getBytes());
        MockHttpServletResponse response = perform(post("/oauth2/token").param("grant_type", "client_credentials")
                .header("Authorization", "Basic " + basic).header("User-Agent", userAgent), ip);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.getContentAsString()).get("access_token").asString();
    }

    private MockHttpServletResponse api(String token) throws Exception {
        return perform(get("/api/v3/customers/1").header("Authorization", "Bearer " + token), "192.0.2.99");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String ip) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setServerName("acme.localhost");
            r.setRemoteAddr(ip);
            return r;
        })).andReturn().getResponse();
    }
}
