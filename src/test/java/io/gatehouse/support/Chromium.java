package io.gatehouse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver: never a browser a tool downloads. Skipped where
 * they are not installed, except in CI, where their absence fails the test.
 */
public final class Chromium {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");

    private Chromium() {
    }

    public static ChromeDriver start() {
        return start(options -> options.addArguments("--window-size=1280,1600"));
    }

    /** @param customize adds what one test needs, such as a window size or browser logs */
    public static ChromeDriver start(Consumer<ChromeOptions> customize) {
        boolean installed = CHROMEDRIVER.canExecute() && CHROMIUM.canExecute();
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        }
        assertThat(installed).as("chromium and chromium-driver must be installed in CI").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync",
                "--disable-dev-shm-usage");
        customize.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Logs in as the demo admin through the console's login form at {@code origin} (such as
     * {@code http://acme.localhost:8080}) and waits for the console's welcome page, so the next step starts logged in.
     */
    public static void logInAsAdmin(WebDriver browser, String origin) {
        browser.get(origin + "/console/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        await(browser, page -> page.findElement(By.tagName("h1")).getText().startsWith("Welcome, "));
    }

    /**
     * Waits up to 10 s for {@code condition} to give a value other than {@code null} or {@code false}. The page may
     * be replaced while the condition reads it (a form's answer arriving, an htmx swap): an element read from the
     * old page then fails, as a stale element or, in Chromium, as an inspector error about a node that "does not
     * belong to the document". Both mean "not yet"; any other error fails the wait at once.
     */
    public static <T> T await(WebDriver browser, Function<WebDriver, T> condition) {
        return await(browser, Duration.ofSeconds(10), condition);
    }

    /** As {@link #await(WebDriver, Function)}, waiting up to {@code timeout}. */
    public static <T> T await(WebDriver browser, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, timeout).until(page -> {
            try {
                return condition.apply(page);
            }
            catch (WebDriverException ex) {
                if (ex instanceof StaleElementReferenceException
                        || String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw ex;
            }
        });
    }
}
