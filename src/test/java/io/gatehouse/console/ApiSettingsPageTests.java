package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gatehouse.identity.UserDirectory;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantDirectory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** System Settings › API › Settings as an admin uses it, each test in a {@link SettingsShop} of its own. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiSettingsPageTests {

    static final String SETTINGS = "/console/settings/api";

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    UserDirectory users;

    SettingsShop settingsShop;
    Tenant shop;
    ConsoleBrowser admin;

    @BeforeEach
    void logIn() {
        settingsShop = SettingsShop.create(tenants, users);
        shop = settingsShop.tenant();
        admin = ConsoleBrowser.loggedIn(mvc, shop.id(), "admin");
    }

    static Map<String, Object> form(String apiEnabled, String lifetime, String unit, String retentionDays) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("apiEnabled", apiEnabled);
        form.put("lifetime", lifetime);
        form.put("lifetimeUnit", unit);
        form.put("retentionDays", retentionDays);
        return form;
    }

    Tenant stored() {
        return tenants.find(shop.id()).orElseThrow();
    }

    @Test
    void pageWhenAdminThenShowsCurrentValuesInSummaryAndForm() {
        Document page = admin.page(SETTINGS);

        assertThat(page.select("h1").text()).isEqualTo("API Settings");
        assertThat(page.select("#current-settings dd").eachText())
                .containsExactly("On — integrations can request tokens and call the API, as their clients allow.",
                        "1 hour for new tokens", "30 days");
        assertThat(page.select("input[name=apiEnabled][checked]").val()).isEqualTo("on");
        assertThat(page.getElementById("lifetime").val()).isEqualTo("1");
        assertThat(page.select("#lifetimeUnit option[selected]").val()).isEqualTo("HOURS");
        assertThat(page.getElementById("retentionDays").val()).isEqualTo("30");
        assertThat(page.select("label[for=apiEnabled-off]").text()).contains("Off");
        assertThat(page.getElementById("apiEnabled-off-hint").text()).contains("refused at once")
                .contains("tokens already issued included").contains("has not expired");
        assertThat(page.getElementById("lifetime-hint").text()).contains("from now on").contains("never outlives its client");
        assertThat(page.getElementById("retentionDays-hint").text()).contains("1 to 365").contains("deletes older entries");
        assertThat(page.select("main a[href=/console/settings/api/clients]")).isNotEmpty();
        assertThat(page.select("main a[href=/console/settings/api/user-tokens]")).isNotEmpty();
        assertThat(page.select("#audit")).isEmpty();
        assertThat(page.select("main").text()).contains("No changes recorded yet.");
        assertThat(page.select(".api-off-banner")).isEmpty();
    }

    @Test
    void saveWhenValuesChangedThenTenantUpdatedNoticeShownAndOneAuditEntry() {
        admin.page(SETTINGS);
        MockHttpServletResponse saved = admin.submit(SETTINGS, form("on", "30", "MINUTES", "90"));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo(SETTINGS);
        assertThat(stored().accessTokenTtl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(stored().logRetentionDays()).isEqualTo(90);
        assertThat(stored().apiEnabled()).isTrue();
        Document page = admin.page(SETTINGS);
        assertThat(page.select("[role=status]").text()).isEqualTo("Settings saved (access-token lifetime: 1 hour → "
                + "30 minutes; request-log retention: 30 days → 90 days).");
        assertThat(page.getElementById("lifetime").val()).isEqualTo("30");
        assertThat(page.select("#lifetimeUnit option[selected]").val()).isEqualTo("MINUTES");
        assertThat(page.select("#audit tbody tr")).hasSize(1);
        assertThat(page.select("#audit tbody tr td").eachText()).element(1).isEqualTo("admin");
        assertThat(page.select("#audit tbody tr td").eachText()).element(2).isEqualTo("API settings changed");
        assertThat(page.select("#audit tbody tr td").eachText()).element(3)
                .isEqualTo("access-token lifetime: 1 hour → 30 minutes; request-log retention: 30 days → 90 days");
    }

    @Test
    void saveWhenNothingChangedThenNothingRecorded() {
        admin.page(SETTINGS);
        assertThat(admin.submit(SETTINGS, form("on", "60", "MINUTES", "30")).getStatus()).isEqualTo(302);

        Document page = admin.page(SETTINGS);
        assertThat(page.select("[role=status]").text()).isEqualTo("Nothing changed.");
        assertThat(page.select("#audit")).isEmpty();
        assertThat(stored()).isEqualTo(shop);
    }

    @ParameterizedTest(name = "{0} {1} {2}, {3} days")
    @CsvSource({
            "on, 1, HOURS, 0, retentionDays, from 1 to 365",
            "on, 1, HOURS, 400, retentionDays, from 1 to 365",
            "on, 1, HOURS, thirty, retentionDays, whole number of days",
            "on, 4, MINUTES, 30, lifetime, from 5 minutes to 24 hours",
            "on, 25, HOURS, 30, lifetime, from 5 minutes to 24 hours",
            "on, 0, MINUTES, 30, lifetime, from 5 minutes to 24 hours",
            "on, '', HOURS, 30, lifetime, whole number of minutes or hours",
            "on, 1.5, HOURS, 30, lifetime, whole number of minutes or hours",
            "on, 10, DAYS, 30, lifetime, whole number of minutes or hours",
            "maybe, 1, HOURS, 30, apiEnabled, on or off" })
    void saveWhenInvalidThenFieldErrorValuesKeptAndNothingChanged(String apiEnabled, String lifetime, String unit,
            String days, String field, String message) {
        admin.page(SETTINGS);
        MockHttpServletResponse response = admin.submit(SETTINGS, form(apiEnabled, lifetime, unit, days));

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = ConsoleBrowser.parse(response);
        assertThat(page.select("#error-summary li").eachText()).singleElement().asString().contains(message);
        assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#" + field + "-error");
        assertThat(page.getElementById(field + "-error").text()).contains(message);
        assertThat(page.getElementById("lifetime").val()).isEqualTo(lifetime);
        assertThat(page.getElementById("retentionDays").val()).isEqualTo(days);
        assertThat(stored()).isEqualTo(shop);
        assertThat(page.select("#audit")).isEmpty();
    }

    @Test
    void turnOffWhenNotConfirmedThenAskedFirstAndApiStaysOn() {
        admin.page(SETTINGS);
        MockHttpServletResponse asked = admin.submit(SETTINGS, form("off", "2", "HOURS", "30"));

        assertThat(asked.getStatus()).isEqualTo(200);
        Document confirm = ConsoleBrowser.parse(asked);
        assertThat(confirm.select("h1").text()).isEqualTo("Turn the API off?");
        assertThat(confirm.select("#changes li").eachText())
                .containsExactly("API enabled: on → off", "access-token lifetime: 1 hour → 2 hours");
        assertThat(confirm.select("a:contains(Cancel)").attr("href")).isEqualTo(SETTINGS);
        assertThat(stored()).isEqualTo(shop);

        MockHttpServletResponse confirmed = admin.submit(SETTINGS, hiddenFields(confirm));

        assertThat(confirmed.getRedirectedUrl()).isEqualTo(SETTINGS);
        assertThat(stored().apiEnabled()).isFalse();
        assertThat(stored().accessTokenTtl()).isEqualTo(Duration.ofHours(2));
        Document page = admin.page(SETTINGS);
        assertThat(page.select("[role=status]").text()).contains("API enabled: on → off")
                .contains("every token request and API call of this account is now refused");
        assertThat(page.select("#current-settings dd").first().text()).startsWith("Off");
        assertThat(page.select("#audit tbody tr td.audit-details").eachText())
                .containsExactly("API enabled: on → off; access-token lifetime: 1 hour → 2 hours");
    }

    @Test
    void turnOnWhenOffThenNoConfirmationNeeded() {
        settingsShop.turnApi(tenants, false);

        admin.page(SETTINGS);
        assertThat(admin.submit(SETTINGS, form("on", "1", "HOURS", "30")).getRedirectedUrl()).isEqualTo(SETTINGS);

        assertThat(stored().apiEnabled()).isTrue();
        assertThat(admin.page(SETTINGS).select("[role=status]").text()).contains("API enabled: off → on")
                .contains("The API is on again");
    }

    @Test
    void pagesWhenRenderedThenControlsLabelledAndReferencesResolve() {
        admin.page(SETTINGS);
        Document invalid = ConsoleBrowser.parse(admin.submit(SETTINGS, form("maybe", "x", "HOURS", "0")));
        Document confirm = ConsoleBrowser.parse(admin.submit(SETTINGS, form("off", "1", "HOURS", "30")));
        admin.submit(SETTINGS, hiddenFields(confirm));
        Document off = admin.page(SETTINGS);

        for (Document page : List.of(invalid, confirm, off)) {
            ConsoleAccessibilityTests.assertAccessible(page.title(), page);
        }
        assertThat(invalid.select("#error-summary li")).hasSize(3);
        assertThat(off.select(".api-off-banner")).hasSize(1);
    }

    static Map<String, Object> hiddenFields(Document page) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Element input : page.select("main form input[type=hidden]")) {
            if (!"_csrf".equals(input.attr("name"))) {
                fields.put(input.attr("name"), input.val());
            }
        }
        return fields;
    }
}
