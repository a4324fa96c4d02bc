package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.DemoUsers;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClientListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    UserDirectory users;

    Element row(Document page, String name) {
        return page.select("tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listWhenClientsExistThenEachRowShowsItsPropertiesAndGearMenu() {
        TenantClients clients = new TenantClients(registry, tenants);
        OAuthClient admin = clients.create("acme", ClientFixtures.adminClient().name("List admin client").build())
                .client();
        OAuthClient customer = clients.create("acme",
                ClientFixtures.customerClient().name("List customer client").build()).client();

        Document page = ConsoleBrowser.loggedIn(mvc, "acme", "admin").page("/console/settings/api/clients");

        assertThat(page.select("thead th").eachText()).containsExactly("Name", "Client ID", "Access level", "Owner",
                "Status", "Expires", "Active sessions", "Last used", "Created", "Actions");
        Element adminRow = row(page, "List admin client");
        assertThat(adminRow.select("td").eachText().subList(0, 4))
                .containsExactly(admin.clientId(), "Admin", "Acme Admin", "Active");
        assertThat(adminRow.select("td time").first().attr("datetime")).isEqualTo(admin.expiresAt().toString());
        assertThat(adminRow.select("th a").attr("href")).isEqualTo("/console/settings/api/clients/" + admin.id());
        Element menu = adminRow.selectFirst("details.menu");
        assertThat(menu.select("summary").attr("aria-label")).isEqualTo("Actions for List admin client");
        assertThat(menu.select("a").eachText()).containsExactly("Details", "Edit", "View Sessions", "Logs",
                "Rotate secret", "Revoke");
        assertThat(menu.select("a").eachAttr("href")).contains(
                "/console/settings/api/clients/" + admin.id() + "/sessions",
                "/console/settings/api/clients/" + admin.id() + "/logs");
        assertThat(row(page, "List customer client").select("td").eachText().subList(0, 4))
                .containsExactly(customer.clientId(), "Customer", "Acme Northwind Traders", "Active");
        assertThat(page.select("a.button-primary").text()).isEqualTo("Create New Client");
        assertThat(page.select("a.button-primary").attr("href")).isEqualTo("/console/settings/api/clients/new");
    }

    @Test
    void listWhenTenantHasNoClientsThenEmptyStateExplainsThem() {
        Tenant fresh = tenants.create("t" + UUID.randomUUID().toString().substring(0, 8), "Initech Repairs");
        TenantContext.runAs(fresh, () -> users.create("boss", "Initech Boss", "boss@initech.example",
                DemoUsers.PASSWORD, Role.ADMIN));

        Document page = ConsoleBrowser.loggedIn(mvc, fresh.id(), "boss").page("/console/settings/api/clients");

        assertThat(page.select("header .tenant").text()).isEqualTo("Initech Repairs");
        assertThat(page.select("table")).isEmpty();
        Element empty = page.selectFirst(".empty-state");
        assertThat(empty.select("h2").text()).isEqualTo("No OAuth2 clients yet");
        assertThat(empty.text()).contains("An OAuth2 client is a set of credentials",
                "exchanges for access tokens");
        assertThat(empty.select("a").attr("href")).isEqualTo("/console/settings/api/clients/new");
    }
}
