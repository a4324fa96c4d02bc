package io.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.Chromium;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.support.TenantHttp;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.json.JsonMapper;

/**
 * In real headless Chromium: the tenant admin revokes a live session from View Sessions, the integration's
 * next API call with that token is refused, and the Logs page shows the refused request with its reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RevokeSessionInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TenantDirectory tenants;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void revokeSessionWhenDoneInConsoleThenNextCallRefusedAndLogsShowWhy() {
        String name = "Browser revoke " + System.nanoTime();
        CreatedClient client = TenantContext.callAs(tenants.find("acme").orElseThrow(), () -> registry.create(
                ClientFixtures.adminClient().name(name).scopes("orders:read").build(), "test"));
        TenantHttp http = new TenantHttp(port);
        String token = token(http, client);
        assertThat(call(http, token).statusCode()).isEqualTo(200);

        String origin = "http://acme.localhost:" + port;
        Chromium.logInAsAdmin(browser, origin);
        browser.get(origin + "/console/settings/api/clients");
        WebElement menu = browser.findElement(By.cssSelector("details:has(summary[aria-label='Actions for " + name + "'])"));
        menu.findElement(By.tagName("summary")).click();
        menu.findElement(By.linkText("View Sessions")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sessions of " + name);
        List<WebElement> rows = browser.findElements(By.cssSelector("table.sessions-table tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("orders:read");
        rows.get(0).findElement(By.xpath(".//button[normalize-space()='Revoke']")).click();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("is revoked");
        assertThat(browser.findElement(By.cssSelector(".empty-state h2")).getText()).isEqualTo("No live sessions");

        HttpResponse<String> refused = call(http, token);
        assertThat(refused.statusCode()).isEqualTo(401);
        String requestId = refused.headers().firstValue("X-Request-Id").orElseThrow();

        browser.findElement(By.linkText("Logs")).click();
        WebElement row = awaitRow(requestId);
        assertThat(row.findElement(By.cssSelector("td.log-status")).getText()).startsWith("401");
        assertThat(row.findElement(By.cssSelector("td.log-reason")).getText())
                .contains("The access token has been revoked.").contains("token_revoked");
        row.findElement(By.linkText("Details")).click();
        assertThat(browser.findElement(By.cssSelector(".refusal-sentence")).getText())
                .isEqualTo("The access token has been revoked.");
        assertThat(browser.getPageSource()).contains(requestId).doesNotContain(token);
    }

    /** The log row of the request, reloading the page while the writer catches up. */
    private WebElement awaitRow(String requestId) {
        By detail = By.cssSelector("table.log-table a[href$='/logs/" + requestId + "']");
        Chromium.await(browser, Duration.ofSeconds(15), d -> {
            if (d.findElements(detail).isEmpty()) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        return browser.findElement(detail).findElement(By.xpath("ancestor::tr"));
    }

    private static String token(TenantHttp http, CreatedClient client) {
        HttpResponse<String> response = http.postForm("acme", "/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", TenantHttp.basic(client.client().clientId(), client.secret()));
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
    }

    private static HttpResponse<String> call(TenantHttp http, String token) {
        return http.get("acme", "/api/v3/orders", "Authorization", "Bearer " + token);
    }
}
