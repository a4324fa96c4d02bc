package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.tenancy.TenantDirectory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConsoleSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TenantDirectory tenants;

    long clientId;

    @BeforeEach
    void aClientExists() {
        clientId = new TenantClients(registry, tenants)
                .create("acme", ClientFixtures.adminClient().name("Security test client").build()).client().id();
    }

    List<String> apiPages() {
        String client = "/console/settings/api/clients/" + clientId;
        return List.of("/console/settings/api", "/console/settings/api/user-tokens", "/console/settings/api/clients",
                "/console/settings/api/clients/new", "/console/settings/api/clients/customers?customerQuery=a",
                client, client + "/edit", client + "/rotate", client + "/revoke");
    }

    @Test
    void apiPagesWhenStaffThenForbiddenForGetAndPost() {
        ConsoleBrowser staff = ConsoleBrowser.loggedIn(mvc, "acme", "staff1");
        staff.page("/console");

        for (String path : apiPages()) {
            assertThat(staff.get(path).getStatus()).as("GET " + path).isEqualTo(403);
            MockHttpServletResponse post = staff.submit(path.replaceAll("\\?.*", ""),
                    Map.of("name", "x", "grace", "NONE", "accessLevel", "ADMIN", "ownerUserId", "2",
                            "scopes", "orders:read"));
            assertThat(post.getStatus()).as("POST " + path).isEqualTo(403);
        }
        staff.page("/console");
        assertThat(new TenantClients(registry, tenants).find("acme", clientId).revokedAt()).isNull();
    }

    @Test
    void dashboardWhenStaffThenNoApiNavigation() {
        Document page = ConsoleBrowser.loggedIn(mvc, "acme", "staff1").page("/console");

        assertThat(page.select("h1").text()).isEqualTo("Welcome, Sam Staff");
        assertThat(page.select("a[href^=/console/settings]")).isEmpty();
        assertThat(page.text()).doesNotContain("System Settings").doesNotContain("OAuth2");
    }

    @Test
    void dashboardWhenAdminThenApiNavigationHasThreePages() {
        Document page = ConsoleBrowser.loggedIn(mvc, "acme", "admin").page("/console/settings/api/clients");

        assertThat(page.select("nav.sidenav .nav-heading").text()).isEqualTo("System Settings › API");
        assertThat(page.select("nav.sidenav ul[aria-labelledby=nav-api-heading] a").eachText())
                .containsExactly("Settings", "OAuth2 Clients", "User Tokens");
        assertThat(page.select("nav.sidenav a[aria-current=page]").text()).isEqualTo("OAuth2 Clients");
    }

    @Test
    void consoleWhenAnonymousThenRedirectedToLogin() {
        ConsoleBrowser anonymous = new ConsoleBrowser(mvc, "acme");

        for (String path : List.of("/", "/console", "/console/settings/api/clients",
                "/console/settings/api/clients/" + clientId)) {
            MockHttpServletResponse response = anonymous.get(path);
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).endsWith("/console/login");
        }
    }

    @Test
    void postWhenCsrfTokenMissingThenForbiddenAndNothingCreated() {
        ConsoleBrowser admin = ConsoleBrowser.loggedIn(mvc, "acme", "admin");
        int before = admin.page("/console/settings/api/clients").select("tbody tr").size();

        MockHttpServletResponse response = admin.submitWithoutCsrf("/console/settings/api/clients/new",
                Map.of("name", "Forged", "accessLevel", "ADMIN", "ownerUserId", "1", "expiration", "WEEK",
                        "scopes", "orders:read"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(admin.page("/console/settings/api/clients").select("tbody tr")).hasSize(before);
        assertThat(admin.submitWithoutCsrf("/console/settings/api/clients/" + clientId + "/revoke", Map.of())
                .getStatus()).isEqualTo(403);
        assertThat(admin.submitWithoutCsrf("/console/logout", Map.of()).getStatus()).isEqualTo(403);
    }

    @Test
    void pagesWhenServedThenSecurityHeadersAreSet() {
        ConsoleBrowser admin = ConsoleBrowser.loggedIn(mvc, "acme", "admin");

        for (String path : List.of("/console/login", "/console", "/console/settings/api/clients/new")) {
            MockHttpServletResponse response = admin.get(path);
            assertThat(response.getHeader("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'");
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void pagesWhenRenderedThenNoInlineScriptOrStyle() {
        ConsoleBrowser admin = ConsoleBrowser.loggedIn(mvc, "acme", "admin");

        for (String path : List.of("/console", "/console/settings/api/clients", "/console/settings/api/clients/new",
                "/console/settings/api/clients/" + clientId, "/console/settings/api/clients/" + clientId + "/edit")) {
            Document page = admin.page(path);
            assertThat(page.select("script:not([src])")).as(path).isEmpty();
            assertThat(page.select("style, [style]")).as(path).isEmpty();
            assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on") || a.getKey().startsWith("hx-on"))).as(path).isEmpty();
            assertThat(page.select("script[src]").eachAttr("src"))
                    .containsExactly("/js/htmx.min.js", "/js/console.js");
            assertThat(page.select("meta[name=htmx-config]").attr("content"))
                    .contains("\"includeIndicatorStyles\":false");
            assertThat(page.body().attr("hx-headers")).contains("X-CSRF-TOKEN");
        }
    }

    @Test
    void sessionWhenPresentedOnAnotherTenantThenNotLoggedIn() {
        ConsoleBrowser acmeAdmin = ConsoleBrowser.loggedIn(mvc, "acme", "admin");
        ConsoleBrowser sameSessionOnGlobex = acmeAdmin.onTenant("globex");

        MockHttpServletResponse response = sameSessionOnGlobex.get("/console/settings/api/clients");

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/console/login");
    }
}
