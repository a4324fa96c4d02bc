package io.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.gatehouse.support.Chromium;
import io.gatehouse.support.TenantHttp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole first-run journey in real headless Chromium: log in as the tenant admin, create a Customer
 * client with two scopes and one excluded field, read the secret off the confirmation page, and exchange
 * it for a token over HTTP. Chromium resolves {@code *.localhost} to loopback by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CreateClientInBrowserTests {

    @LocalServerPort
    int port;

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
    void createCustomerClientWhenSecretReadFromConfirmationThenTokenIssued() throws Exception {
        String origin = "http://acme.localhost:" + port;
        Chromium.logInAsAdmin(browser, origin);

        browser.get(origin + "/console/settings/api/clients");
        browser.findElement(By.linkText("Create New Client")).click();
        assertThat(browser.getTitle()).contains("Create New Client");

        browser.findElement(By.id("name")).sendKeys("Northwind portal");
        click(By.id("accessLevel-CUSTOMER"));
        WebElement query = browser.findElement(By.id("customerQuery"));
        query.sendKeys("Northwind Traders");
        // Wait for htmx to replace the first-page list with the search result before clicking anything
        // else: the swap moves everything below it.
        Chromium.await(browser, d -> d.findElements(By.cssSelector("#customer-options input[name=ownerCustomerId]"))
                .size() == 1 && !d.findElements(By.id("customer-1")).isEmpty());
        click(By.id("customer-1"));
        click(By.id("expiration-MONTH"));
        click(By.cssSelector("input[name=scopes][value='orders:read']"));
        click(By.cssSelector("input[name=scopes][value='devices:read']"));
        click(By.cssSelector("input[name=excludedFields][value='orderLine.purchasePrice']"));
        click(By.xpath("//button[@type='submit' and normalize-space()='Create client' and not(@aria-hidden)]"));

        String clientId = browser.findElement(By.id("client-id")).getText().trim();
        String secret = browser.findElement(By.id("client-secret")).getText().trim();
        assertThat(clientId).startsWith("gci_");
        assertThat(secret).startsWith("gcs_");
        assertThat(browser.findElement(By.id("curl-command")).getText())
                .contains(clientId).contains(secret).contains(origin + "/oauth2/token");

        HttpResponse<String> response = new TenantHttp(port).postForm("acme", "/oauth2/token",
                Map.of("grant_type", "client_credentials"), "Authorization", TenantHttp.basic(clientId, secret));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode token = JsonMapper.builder().build().readTree(response.body());
        assertThat(token.path("access_token").asString()).startsWith("gat_");
        assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.path("scope").asString().split(" ")).containsExactlyInAnyOrder("orders:read", "devices:read");
    }

    /** Clicks a control and, for radios and checkboxes, waits until the browser shows it checked. */
    private void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        boolean checkable = "input".equals(element.getTagName());
        element.click();
        if (checkable) {
            Chromium.await(browser, d -> d.findElement(by).isSelected());
        }
    }
}
