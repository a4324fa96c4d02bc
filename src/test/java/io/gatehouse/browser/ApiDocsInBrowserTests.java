package io.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.Chromium;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A developer's first look at the API documentation in real headless Chromium, at the tenant's own origin
 * ({@code acme.localhost}, which Chromium resolves to loopback by itself): Swagger UI renders the document
 * (title, resource sections, operations with their summaries); the developer authorizes with a Customer
 * client's id and secret through the client-credentials form (Swagger UI posts them to the tenant's
 * {@code /oauth2/token} by HTTP Basic, asking for the ticked scope), then tries {@code GET /api/v3/orders}
 * with {@code expand=lines} and sees a page of only that customer's tree's orders, without the excluded
 * purchase price. Without authorizing, the same call shows 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDocsInBrowserTests {

    /** Seeded customer 1 and its children 2 and 3: the records a client owned by customer 1 may see. */
    private static final List<Long> CUSTOMER_TREE = List.of(1L, 2L, 3L);

    private static final By LIST_ORDERS = By.xpath("//div[contains(@class,'opblock-get')]"
            + "[.//span[contains(@class,'opblock-summary-path') and @data-path='/api/v3/orders']]");
    private static final By DIALOG = By.cssSelector(".dialog-ux .modal-ux");
    private static final By LIVE_STATUS = By.cssSelector(".live-responses-table .response .response-col_status");
    private static final By LIVE_BODY = By.cssSelector(".live-responses-table .response .response-col_description pre");

    @LocalServerPort
    int port;

    @Autowired
    ClientRegistry clients;

    @Autowired
    TenantDirectory tenants;

    WebDriver browser;

    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void tryListOrdersWhenAuthorizedAsCustomerClientThenOnlyItsTreesOrdersWithoutExcludedFieldShown() {
        CreatedClient client = TenantContext.callAs(tenants.find("acme").orElseThrow(), () -> clients.create(
                ClientFixtures.customerClient().name("Swagger UI journey").scopes("orders:read")
                        .excludedFields("orderLine.purchasePrice").build(), "test"));
        openDocs();

        assertThat(browser.findElement(By.cssSelector(".information-container .info .title")).getText())
                .startsWith("Gatehouse API");
        assertThat(browser.findElements(By.cssSelector(".opblock-tag-section h3.opblock-tag")))
                .extracting(tag -> tag.getDomAttribute("data-tag")).contains("Customers", "Orders");
        WebElement listOrders = browser.findElement(LIST_ORDERS);
        assertThat(listOrders.findElement(By.cssSelector(".opblock-summary-method")).getText()).isEqualTo("GET");
        assertThat(listOrders.findElement(By.cssSelector(".opblock-summary-description")).getText())
                .isEqualTo("List the orders");

        authorize(client, "orders:read");
        assertThat(browser.findElement(By.cssSelector(".auth-wrapper .btn.authorize")).getDomAttribute("class"))
                .as("the Authorize button shows a closed lock").contains("locked");

        tryListOrders("lines");

        assertThat(browser.findElement(LIVE_STATUS).getText().trim()).isEqualTo("200");
        WebElement operation = browser.findElement(LIST_ORDERS);
        assertThat(text(operation.findElement(By.cssSelector(".request-url pre")))).contains("expand=lines");
        assertThat(text(operation.findElement(By.cssSelector(".curl-command pre"))))
                .contains("Authorization: Bearer gat_");
        String body = text(browser.findElement(LIVE_BODY));
        assertThat(body).contains("\"totalItems\"").doesNotContain("purchasePrice");
        JsonNode page = JsonMapper.shared().readTree(body);
        List<Long> customers = new ArrayList<>();
        List<JsonNode> lines = new ArrayList<>();
        page.get("items").forEach(order -> {
            customers.add(order.get("customerId").asLong());
            order.path("lines").forEach(lines::add);
        });
        assertThat(customers).as("the orders shown belong to customer 1 and its children").isNotEmpty()
                .allMatch(CUSTOMER_TREE::contains);
        assertThat(customers.size()).as("a full first page, or every order of the tree")
                .isEqualTo(Math.min(page.get("totalItems").asInt(), page.get("limit").asInt()));
        assertThat(lines).as("expanded lines, each with its price but not the excluded purchase price").isNotEmpty()
                .allMatch(line -> line.has("price") && !line.has("purchasePrice"));
    }

    @Test
    void tryListOrdersWhenNotAuthorizedThenUnauthorizedShown() {
        openDocs();

        tryListOrders("");

        assertThat(browser.findElement(LIVE_STATUS).getText().trim()).isEqualTo("401");
        JsonNode problem = JsonMapper.shared().readTree(text(browser.findElement(LIVE_BODY)));
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(text(browser.findElement(LIST_ORDERS).findElement(By.cssSelector(".curl-command pre"))))
                .doesNotContain("Authorization");
    }

    @Test
    void authorizeWhenSecretWrongThenSwaggerUiShowsTheRefusal() {
        CreatedClient client = TenantContext.callAs(tenants.find("acme").orElseThrow(), () -> clients.create(
                ClientFixtures.customerClient().name("Swagger UI typo").scopes("orders:read").build(), "test"));
        openDocs();

        List<String> errors = submitAuthorization(client.client().clientId(), client.secret() + "x", "orders:read");

        assertThat(String.join(" ", errors)).contains("invalid_client");
        assertThat(browser.findElements(By.cssSelector(".modal-ux button[aria-label='Remove authorization']")))
                .isEmpty();
    }

    /** Opens the tenant's documentation and waits for Swagger UI to render the document's operations. */
    private void openDocs() {
        browser.get("http://acme.localhost:" + port + "/api/v3/docs");
        wait.until(ExpectedConditions.visibilityOfElementLocated(LIST_ORDERS));
        assertThat(browser.getCurrentUrl()).endsWith("/api/v3/docs/swagger-ui/index.html");
    }

    /** Authorize with the client's id and secret and one scope ticked, then Close. */
    private void authorize(CreatedClient client, String scope) {
        List<String> errors = submitAuthorization(client.client().clientId(), client.secret(), scope);
        assertThat(errors).as("Swagger UI's token request failed: %s", errors).isEmpty();
        assertThat(browser.findElement(DIALOG).getText()).contains("Authorized");
        click(browser.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper .btn-done")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }

    /**
     * Authorize, the client-credentials form filled in and submitted; answers the errors the dialog shows. The
     * token endpoint sends no Basic challenge to a browser script, so a refused secret is shown here rather
     * than held behind Chromium's own sign-in prompt.
     */
    private List<String> submitAuthorization(String clientId, String secret, String scope) {
        click(browser.findElement(By.cssSelector(".auth-wrapper .btn.authorize")));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        assertThat(dialog.getText()).contains("clientCredentials").contains("/oauth2/token");
        dialog.findElement(By.cssSelector("input[id^='client_id']")).sendKeys(clientId);
        dialog.findElement(By.cssSelector("input[id^='client_secret']")).sendKeys(secret);
        // Each scope is a checkbox styled as a box in its label: the label takes the click.
        WebElement checkbox = dialog.findElement(
                By.xpath(".//input[@type='checkbox' and starts-with(@id, '" + scope + "-')]"));
        click(dialog.findElement(By.cssSelector("label[for='" + checkbox.getDomAttribute("id") + "']")));
        wait.until(d -> checkbox.isSelected());
        click(dialog.findElement(By.cssSelector(".auth-btn-wrapper .btn.authorize")));
        By logout = By.cssSelector(".modal-ux button[aria-label='Remove authorization']");
        By errors = By.cssSelector(".modal-ux .errors");
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .withMessage("neither a token nor an error: did /oauth2/token send a Basic challenge again?")
                .until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(logout),
                        ExpectedConditions.presenceOfElementLocated(errors)));
        return browser.findElements(errors).stream().map(ApiDocsInBrowserTests::text).toList();
    }

    /** Expands GET /api/v3/orders, Try it out, fills {@code expand} if given, Execute, waits for the answer. */
    private void tryListOrders(String expand) {
        WebElement operation = browser.findElement(LIST_ORDERS);
        click(operation.findElement(By.cssSelector(".opblock-summary-control")));
        click(wait.until(d -> operation.findElement(By.cssSelector(".try-out__btn"))));
        if (!expand.isEmpty()) {
            wait.until(d -> operation.findElement(By.cssSelector("tr[data-param-name='expand'] input")))
                    .sendKeys(expand);
        }
        click(wait.until(d -> operation.findElement(By.cssSelector(".btn.execute"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(LIVE_STATUS));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** All of an element's text, also what is scrolled out of view in a code block. */
    private static String text(WebElement element) {
        return element.getDomProperty("textContent");
    }
}
