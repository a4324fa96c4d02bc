package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
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

/** Create → confirmation → detail → edit → rotate → revoke, as an admin sees it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClientLifecycleTests {

    static final String CLIENTS = "/console/settings/api/clients";
    static final Pattern CURL = Pattern.compile(
            "^curl -s -u '(gci_[A-Za-z0-9]+):(gcs_[A-Za-z0-9]+)' -d grant_type=client_credentials (\\S+)$");

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TenantDirectory tenants;

    ConsoleBrowser admin;
    TenantClients clients;

    @BeforeEach
    void logIn() {
        admin = ConsoleBrowser.loggedIn(mvc, "acme", "admin");
        clients = new TenantClients(registry, tenants);
    }

    MockHttpServletResponse create(Map<String, Object> form) {
        admin.page(CLIENTS + "/new");
        return admin.submit(CLIENTS + "/new", form);
    }

    @Test
    void createWhenValidThenConfirmationShowsIdSecretAndCurlOnceWithNoStore() {
        MockHttpServletResponse response = create(CreateClientFormTests.validForm());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = ConsoleBrowser.parse(response);
        assertThat(page.select("h1").text()).isEqualTo("Client created");
        assertThat(page.select("[role=alert]").text()).contains("shown only once — copy it now");
        String clientId = page.getElementById("client-id").text();
        String secret = page.getElementById("client-secret").text();
        assertThat(clientId).startsWith("gci_");
        assertThat(secret).startsWith("gcs_").hasSizeGreaterThan(40);
        assertThat(page.getElementById("curl-command").text()).isEqualTo("curl -s -u '" + clientId + ":" + secret
                + "' -d grant_type=client_credentials http://acme.localhost/oauth2/token");
        assertThat(page.getElementById("api-curl-command").text())
                .matches("curl -s -H 'Authorization: Bearer <access_token>' http://acme.localhost/api/v3/\\w+");
        assertThat(page.select("a:contains(API documentation)").attr("href")).isEqualTo("http://acme.localhost/api/v3/docs");
        assertThat(page.select("button[data-copy=client-secret]").text()).isEqualTo("Copy client secret");
    }

    @Test
    void createWhenServedOnAPortThenCurlUsesTheTenantOrigin() {
        admin.page(CLIENTS + "/new");
        MockHttpServletResponse response = admin.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.post(CLIENTS + "/new")
                .param("name", "Port test").param("accessLevel", "ADMIN").param("ownerUserId", "1")
                .param("expiration", "WEEK").param("scopes", "orders:read").param("_csrf", admin.csrf())
                .with(r -> {
                    r.setServerPort(8080);
                    return r;
                }));

        Matcher curl = CURL.matcher(ConsoleBrowser.parse(response).getElementById("curl-command").text());
        assertThat(curl.matches()).isTrue();
        assertThat(curl.group(3)).isEqualTo("http://acme.localhost:8080/oauth2/token");
    }

    @Test
    void secretWhenConfirmationLeftThenNotShownAnywhereAgain() {
        Document confirmation = ConsoleBrowser.parse(create(CreateClientFormTests.validForm()));
        String secret = confirmation.getElementById("client-secret").text();
        String detailPath = confirmation.select("a:contains(view the client)").attr("href");

        MockHttpServletResponse detail = admin.get(detailPath);
        MockHttpServletResponse list = admin.get(CLIENTS);

        assertThat(detail.getStatus()).isEqualTo(200);
        assertThat(ConsoleBrowser.parse(detail).text())
                .contains(confirmation.getElementById("client-id").text())
                .doesNotContain(secret)
                .contains("Not shown: a secret is shown only once");
        assertThat(ConsoleBrowser.parse(list).html()).doesNotContain(secret);
        for (String name : Collections.list(admin.session().getAttributeNames())) {
            assertThat(String.valueOf(admin.session().getAttribute(name))).as(name).doesNotContain(secret);
        }
    }

    @Test
    void detailWhenCustomerClientThenShowsPropertiesScopesFieldsAndAudit() {
        CreatedClient created = clients.create("acme", ClientFixtures.customerClient().name("Northwind portal").build());

        Document page = admin.page(CLIENTS + "/" + created.client().id());

        assertThat(page.select("h1").text()).isEqualTo("Northwind portal");
        assertThat(page.select(".page-header .status").text()).isEqualTo("Active");
        assertThat(page.select(".properties").text()).contains(created.client().clientId(), "Customer",
                "Acme Northwind Traders", "Active");
        assertThat(page.select("section[aria-labelledby=scopes-heading] tbody th").eachText())
                .containsExactly("orders:read", "devices:read");
        assertThat(page.select("section[aria-labelledby=scopes-heading]").text()).contains("GET /api/v3/devices/{id}");
        assertThat(page.select("section[aria-labelledby=excluded-heading] li").eachText())
                .containsExactly("Order line › Purchase price");
        assertThat(page.select("section[aria-labelledby=audit-heading] tbody tr td:eq(2)").eachText())
                .containsExactly("created");
        assertThat(page.text()).doesNotContain(created.secret());
    }

    @Test
    void editWhenSavedThenDetailShowsChangesAndAuditOldToNew() {
        CreatedClient created = clients.create("acme", ClientFixtures.adminClient().name("Before edit").build());
        String edit = CLIENTS + "/" + created.client().id() + "/edit";
        Document form = admin.page(edit);
        assertThat(form.select("input#name").attr("value")).isEqualTo("Before edit");
        assertThat(form.select("input[name=scopes][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("orders:read", "customers:read", "users:read");
        String newDate = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();

        MockHttpServletResponse response = admin.submit(edit, Map.of("name", "After edit", "expiresOn", newDate,
                "scopes", List.of("orders:read"), "excludedFields", List.of("orderLine.purchasePrice")));

        assertThat(response.getRedirectedUrl()).isEqualTo(CLIENTS + "/" + created.client().id());
        Document detail = admin.page(response.getRedirectedUrl());
        assertThat(detail.select("[role=status]").text()).isEqualTo("Changes saved.");
        assertThat(detail.select("h1").text()).isEqualTo("After edit");
        assertThat(detail.select("section[aria-labelledby=excluded-heading] li").eachText())
                .containsExactly("Order line › Purchase price");
        String audit = detail.select("section[aria-labelledby=audit-heading] tbody tr").first().text();
        assertThat(audit).contains("admin", "edited", "name: Before edit → After edit",
                "scopes: orders:read, customers:read, users:read → orders:read",
                "excluded fields: (none) → orderLine.purchasePrice");
    }

    @Test
    void editWhenInvalidThenMessagesNextToFieldsAndInputKept() {
        CreatedClient created = clients.create("acme", ClientFixtures.customerClient().name("Edit me").build());
        String edit = CLIENTS + "/" + created.client().id() + "/edit";
        admin.page(edit);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        MockHttpServletResponse response = admin.submit(edit, Map.of("name", "Renamed", "expiresOn", yesterday,
                "scopes", List.of("users:read")));

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = ConsoleBrowser.parse(response);
        CreateClientFormTests.assertErrorNextTo(page, "expiresOn", "input#expiresOn",
                "The expiry date must be in the future.");
        CreateClientFormTests.assertErrorNextTo(page, "scopes", "fieldset#scopes",
                "users:read is never granted to a Customer client.");
        assertThat(page.select("input#name").attr("value")).isEqualTo("Renamed");
        assertThat(page.select("input#expiresOn").attr("value")).isEqualTo(yesterday);
        assertThat(clients.find("acme", created.client().id()).name()).isEqualTo("Edit me");
    }

    @Test
    void rotateWhenGraceChosenThenNewSecretShownOnceAndAudited() {
        CreatedClient created = clients.create("acme", ClientFixtures.adminClient().name("Rotate me").build());
        String rotate = CLIENTS + "/" + created.client().id() + "/rotate";
        Document form = admin.page(rotate);
        assertThat(form.select("input[name=grace]").eachAttr("value"))
                .containsExactly("NONE", "ONE_HOUR", "ONE_DAY", "SEVEN_DAYS");

        MockHttpServletResponse response = admin.submit(rotate, Map.of("grace", "ONE_DAY"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = ConsoleBrowser.parse(response);
        String secret = page.getElementById("client-secret").text();
        assertThat(secret).startsWith("gcs_").isNotEqualTo(created.secret());
        assertThat(page.select(".note").text()).contains("keeps working for 1 day");
        assertThat(page.getElementById("curl-command").text()).contains(created.client().clientId() + ":" + secret);
        Document detail = admin.page(CLIENTS + "/" + created.client().id());
        assertThat(detail.text()).doesNotContain(secret).contains("The previous secret also works until");
        assertThat(detail.select("section[aria-labelledby=audit-heading] tbody tr").first().text())
                .contains("secret rotated", "previous secret valid for 1 day");
    }

    @Test
    void rotateWhenNoGraceChosenThenMessageNextToChoice() {
        CreatedClient created = clients.create("acme", ClientFixtures.adminClient().name("Rotate invalid").build());
        String rotate = CLIENTS + "/" + created.client().id() + "/rotate";
        admin.page(rotate);

        MockHttpServletResponse response = admin.submit(rotate, Map.of());

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = ConsoleBrowser.parse(response);
        assertThat(page.getElementById("grace-error").text()).contains("Choose how long the current secret keeps working.");
        assertThat(page.getElementById("grace").attr("aria-describedby")).contains("grace-error");
    }

    @Test
    void revokeWhenConfirmedThenClientIsRevokedAndCannotChangeAnymore() {
        String name = "Revoke me " + System.nanoTime(); // unique, so repeated runs on one database never collide
        CreatedClient created = clients.create("acme", ClientFixtures.adminClient().name(name).build());
        String base = CLIENTS + "/" + created.client().id();
        Document confirm = admin.page(base + "/revoke");
        assertThat(confirm.select(".alert").text()).contains("final", "stop working at once");

        MockHttpServletResponse response = admin.submit(base + "/revoke", Map.of());

        assertThat(response.getRedirectedUrl()).isEqualTo(base);
        Document detail = admin.page(base);
        assertThat(detail.select(".page-header .status").text()).isEqualTo("Revoked");
        assertThat(detail.select("[role=status]").text()).contains("is revoked");
        assertThat(detail.select("a[href$=/edit], a[href$=/rotate], a[href$=/revoke]")).isEmpty();
        Document list = admin.page(CLIENTS);
        assertThat(list.select("details:has(summary[aria-label=Actions for " + name + "]) a").eachText())
                .containsExactly("Details", "View Sessions", "Logs");

        for (String action : List.of("/edit", "/rotate", "/revoke")) {
            MockHttpServletResponse post = admin.submit(base + action,
                    Map.of("name", "Changed", "grace", "NONE", "scopes", "orders:read",
                            "expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString()));
            assertThat(post.getStatus()).as(action).isEqualTo(409);
            assertThat(ConsoleBrowser.parse(post).select(".alert-error").text()).as(action)
                    .contains("is revoked. Revocation is final");
        }
        assertThat(admin.get(base + "/edit").getStatus()).isEqualTo(409);
        assertThat(clients.find("acme", created.client().id()).name()).isEqualTo(name);
    }

    @Test
    void clientOfAnotherTenantWhenOpenedOnAcmeThenNotFoundAndUntouched() {
        CreatedClient globex = clients.create("globex", ClientFixtures.adminClient().name("Globex only").build());
        String base = CLIENTS + "/" + globex.client().id();

        for (String path : List.of(base, base + "/edit", base + "/rotate", base + "/revoke")) {
            MockHttpServletResponse response = admin.get(path);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            Document page = ConsoleBrowser.parse(response);
            assertThat(page.select("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(page.select("header .tenant").text()).isEqualTo("Acme Repairs");
            assertThat(page.text()).doesNotContain("Globex only");
        }
        admin.page(CLIENTS);
        for (String action : List.of("/edit", "/rotate", "/revoke")) {
            assertThat(admin.submit(base + action, Map.of("name", "Hijacked", "grace", "NONE", "scopes", "orders:read"))
                    .getStatus()).as(action).isEqualTo(404);
        }
        assertThat(clients.find("globex", globex.client().id()).revokedAt()).isNull();
        assertThat(clients.find("globex", globex.client().id()).name()).isEqualTo("Globex only");
    }

    @Test
    void detailWhenIdUnknownOrNotANumberThenNotFoundPage() {
        assertThat(admin.get(CLIENTS + "/987654321").getStatus()).isEqualTo(404);
        MockHttpServletResponse notANumber = admin.get(CLIENTS + "/abc");
        assertThat(notANumber.getStatus()).isEqualTo(404);
        assertThat(ConsoleBrowser.parse(notANumber).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void nameWhenItContainsMarkupThenShownAsTextEverywhere() {
        String name = "<script>alert(1)</script>";
        Map<String, Object> form = CreateClientFormTests.validForm();
        form.put("name", name);

        MockHttpServletResponse created = create(form);
        Document confirmation = ConsoleBrowser.parse(created);
        String detailPath = confirmation.select("a:contains(view the client)").attr("href");

        for (MockHttpServletResponse response : List.of(created, admin.get(detailPath), admin.get(CLIENTS),
                admin.get(detailPath + "/edit"), admin.get(detailPath + "/revoke"))) {
            String html = contentOf(response);
            assertThat(html).doesNotContain(name).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(ConsoleBrowser.parse(response).select("script:not([src])")).isEmpty();
        }
        assertThat(admin.page(CLIENTS).select("summary[aria-label]").eachAttr("aria-label"))
                .contains("Actions for " + name);
    }

    static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
