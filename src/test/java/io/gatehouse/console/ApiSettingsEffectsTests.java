package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.TenantHttp;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import tools.jackson.databind.json.JsonMapper;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What the Settings page changes beyond itself: the console's banner, new tokens' lifetime; and who may change it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiSettingsEffectsTests {

    static final String SETTINGS = ApiSettingsPageTests.SETTINGS;
    static final String BANNER = "The API is turned off for this account: every token request and API call is refused.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    UserDirectory users;

    @Autowired
    ClientRegistry registry;

    SettingsShop shop;

    @BeforeEach
    void freshShop() {
        shop = SettingsShop.create(tenants, users);
    }

    @Test
    void bannerWhenApiOffThenOnEveryConsolePageUntilTurnedBackOn() {
        ConsoleBrowser admin = ConsoleBrowser.loggedIn(mvc, shop.id(), "admin");
        List<String> pages = List.of("/console", SETTINGS, SETTINGS + "/clients", SETTINGS + "/clients/new",
                SETTINGS + "/user-tokens", "/console/no-such-page");
        assertThat(admin.page("/console").select(".api-off-banner")).isEmpty();
        assertThat(admin.page("/console").select(".api-state").text()).isEqualTo("The API is on.");

        admin.page(SETTINGS);
        admin.submit(SETTINGS, ApiSettingsPageTests.hiddenFields(ConsoleBrowser.parse(
                admin.submit(SETTINGS, ApiSettingsPageTests.form("off", "1", "HOURS", "30")))));

        for (String path : pages) {
            Document page = admin.page(path);
            assertThat(page.select(".api-off-banner").text()).as(path).startsWith(BANNER);
            assertThat(page.select(".api-off-banner a").attr("href")).as(path).isEqualTo(SETTINGS);
        }
        assertThat(admin.page("/console").select(".api-state").text()).isEqualTo("The API is off.");

        admin.page(SETTINGS);
        admin.submit(SETTINGS, ApiSettingsPageTests.form("on", "1", "HOURS", "30"));

        for (String path : pages) {
            assertThat(admin.page(path).select(".api-off-banner")).as(path).isEmpty();
        }
    }

    @Test
    void bannerWhenStaffThenShownWithoutSettingsLink() {
        shop.turnApi(tenants, false);

        Document page = ConsoleBrowser.loggedIn(mvc, shop.id(), "staff").page("/console");

        assertThat(page.select(".api-off-banner").text()).startsWith(BANNER)
                .endsWith("An administrator can turn it back on.");
        assertThat(page.select(".api-off-banner a")).isEmpty();
    }

    @Test
    void bannerWhenLoggedOutThenNotShown() {
        shop.turnApi(tenants, false);

        Document login = new ConsoleBrowser(mvc, shop.id()).page("/console/login");

        assertThat(login.select(".api-off-banner")).isEmpty();
    }

    @Test
    void settingsWhenStaffThenForbiddenForGetAndPost() {
        ConsoleBrowser staff = ConsoleBrowser.loggedIn(mvc, shop.id(), "staff");
        staff.page("/console");

        assertThat(staff.get(SETTINGS).getStatus()).isEqualTo(403);
        MockHttpServletResponse post = staff.submit(SETTINGS, Map.of("apiEnabled", "off", "lifetime", "5",
                "lifetimeUnit", "MINUTES", "retentionDays", "1", "confirmed", "yes"));

        assertThat(post.getStatus()).isEqualTo(403);
        assertThat(tenants.find(shop.id()).orElseThrow()).isEqualTo(shop.tenant());
    }

    @Test
    void saveWhenCsrfTokenMissingThenForbiddenAndNothingChanged() {
        ConsoleBrowser admin = ConsoleBrowser.loggedIn(mvc, shop.id(), "admin");
        admin.page(SETTINGS);

        MockHttpServletResponse forged = admin.submitWithoutCsrf(SETTINGS, Map.of("apiEnabled", "off",
                "lifetime", "5", "lifetimeUnit", "MINUTES", "retentionDays", "1", "confirmed", "yes"));

        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(tenants.find(shop.id()).orElseThrow()).isEqualTo(shop.tenant());
        assertThat(admin.page(SETTINGS).select("#audit")).isEmpty();
    }

    @Test
    void tokenWhenLifetimeChangedThenNewTokenExpiresAfterNewLifetime() throws Exception {
        CreatedClient client = TenantContext.callAs(shop.tenant(), () -> registry.create(
                ClientFixtures.adminClient().ownerUserId(shop.admin().id()).build(), "test-setup"));
        assertThat(expiresIn(client)).isBetween(3590L, 3600L);

        ConsoleBrowser admin = ConsoleBrowser.loggedIn(mvc, shop.id(), "admin");
        admin.page(SETTINGS);
        admin.submit(SETTINGS, ApiSettingsPageTests.form("on", "30", "MINUTES", "30"));

        assertThat(expiresIn(client)).isBetween(1790L, 1800L);
    }

    /** {@code expires_in} of a new token from the shop's token endpoint. */
    long expiresIn(CreatedClient client) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/oauth2/token")
                .with(request -> {
                    request.setServerName(shop.id() + ".localhost");
                    return request;
                })
                .header("Authorization", TenantHttp.basic(client.client().clientId(), client.secret()))
                .param("grant_type", "client_credentials")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.getContentAsString()).get("expires_in").asLong();
    }
}
