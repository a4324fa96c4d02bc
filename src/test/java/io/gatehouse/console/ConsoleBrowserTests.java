package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import io.gatehouse.support.Chromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The console in a real (headless) Chromium: htmx under the strict CSP, the CSS-only owner switch, and no
 * CSP violation on any page. Skipped where Chromium is not installed, except in CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Chromium.start(options -> {
            options.addArguments("--window-size=1366,1000");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        });
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://acme.localhost:" + port + path;
    }

    <T> T await(Function<WebDriver, T> condition) {
        return Chromium.await(driver, condition);
    }

    void logInAsAdmin() {
        Chromium.logInAsAdmin(driver, url(""));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Acme Admin");
    }

    @Test
    void createCustomerClientWhenSearchingWithHtmxThenClientCreatedWithoutCspViolations() throws IOException {
        logInAsAdmin();
        driver.get(url("/console/settings/api/clients/new"));
        screenshot("create-form");

        driver.findElement(By.cssSelector("label[for=accessLevel-CUSTOMER]")).click();
        assertThat(driver.findElement(By.id("ownerUserId")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("customerQuery")).isDisplayed()).isTrue();

        driver.findElement(By.id("customerQuery")).sendKeys("contoso");
        await(d -> labels("#customer-options label").equals(List.of("Acme Contoso Ltd (CT-001)")));
        driver.findElement(By.cssSelector("label[for=customer-4]")).click();
        driver.findElement(By.id("name")).sendKeys("Contoso integration");
        driver.findElement(By.cssSelector("label[for=expiration-WEEK]")).click();
        driver.findElement(By.cssSelector("label[for=scope-orders-read]")).click();
        driver.findElement(By.cssSelector("label[for=field-orderLine-purchasePrice]")).click();
        driver.findElement(By.cssSelector(".form-actions button[type=submit]")).click();

        await(d -> d.findElement(By.tagName("h1")).getText().equals("Client created"));
        assertThat(driver.findElement(By.id("client-secret")).getText()).startsWith("gcs_");
        assertThat(driver.findElement(By.cssSelector("button[data-copy=client-secret]")).isDisplayed()).isTrue();
        screenshot("secret");

        driver.findElement(By.partialLinkText("view the client")).click();
        assertThat(driver.findElement(By.cssSelector(".properties")).getText()).contains("Acme Contoso Ltd");
        screenshot("detail");
        driver.get(url("/console/settings/api/clients"));
        driver.findElement(By.cssSelector("summary[aria-label='Actions for Contoso integration']")).click();
        assertThat(driver.findElement(By.linkText("Rotate secret")).isDisplayed()).isTrue();
        screenshot("list");

        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void createFormWhenInvalidThenErrorsShownWithoutCspViolations() throws IOException {
        logInAsAdmin();
        driver.get(url("/console/settings/api/clients/new"));

        driver.findElement(By.cssSelector(".form-actions button[type=submit]")).click();

        await(d -> !d.findElements(By.id("error-summary")).isEmpty());
        assertThat(driver.findElement(By.id("name-error")).getText()).contains("Enter a client name.");
        screenshot("create-errors");
        assertThat(cspViolations()).isEmpty();
    }

    List<String> labels(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
    }

    /** Kept under target/ for a human look at the pages; not an assertion. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Dimension size = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(size.getWidth(), Math.max(size.getHeight(), height.intValue())));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(size);
    }

}
