package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.gatehouse.support.DemoUsers;

import org.jsoup.nodes.Document;
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
class ConsoleLoginTests {

    @Autowired
    MockMvc mvc;

    @Test
    void loginWhenCredentialsAreRightThenDashboardShowsTenantAndUser() {
        ConsoleBrowser browser = ConsoleBrowser.loggedIn(mvc, "acme", "admin");

        Document dashboard = browser.page("/console");

        assertThat(dashboard.select("header .tenant").text()).isEqualTo("Acme Repairs");
        assertThat(dashboard.select("header .account").text()).contains("Acme Admin");
        assertThat(dashboard.select("header form[action=/console/logout] button").text()).isEqualTo("Log out");
        assertThat(dashboard.select("h1").text()).isEqualTo("Welcome, Acme Admin");
    }

    @Test
    void loginWhenPasswordIsWrongThenLoginPageSaysSo() {
        ConsoleBrowser browser = new ConsoleBrowser(mvc, "acme");

        MockHttpServletResponse response = browser.logIn("admin", "wrong-password");

        assertThat(response.getRedirectedUrl()).isEqualTo("/console/login?error");
        Document page = browser.page("/console/login?error");
        assertThat(page.select("[role=alert]").text()).isEqualTo("Incorrect username or password.");
        assertThat(browser.get("/console").getStatus()).isEqualTo(302);
    }

    @Test
    void loginWhenUserBelongsToAnotherTenantOnlyThenRefused() {
        ConsoleBrowser browser = new ConsoleBrowser(mvc, "acme");

        MockHttpServletResponse response = browser.logIn("nobody-here", DemoUsers.PASSWORD);

        assertThat(response.getRedirectedUrl()).isEqualTo("/console/login?error");
    }

    @Test
    void loginWhenSuccessfulThenSessionIdChanges() {
        ConsoleBrowser browser = new ConsoleBrowser(mvc, "acme");
        browser.page("/console/login");
        String before = browser.session().getId();

        browser.submit("/console/login", Map.of("username", "admin", "password", DemoUsers.PASSWORD));

        assertThat(browser.session().getId()).isNotEqualTo(before);
        assertThat(browser.get("/console").getStatus()).isEqualTo(200);
    }

    @Test
    void logoutWhenPostedThenLoginPageSaysLoggedOutAndSessionIsGone() {
        ConsoleBrowser browser = ConsoleBrowser.loggedIn(mvc, "acme", "staff1");
        browser.page("/console");

        MockHttpServletResponse response = browser.submit("/console/logout", Map.of());

        assertThat(response.getRedirectedUrl()).isEqualTo("/console/login?logout");
        Document page = browser.page("/console/login?logout");
        assertThat(page.select("[role=status]").text()).isEqualTo("You have been logged out.");
        assertThat(browser.get("/console").getStatus()).isEqualTo(302);
    }

    @Test
    void loginPageWhenShownThenEveryFieldHasALabel() {
        Document page = new ConsoleBrowser(mvc, "acme").page("/console/login");

        assertThat(page.select("form[action=/console/login][method=post]")).hasSize(1);
        assertThat(page.select("label[for=username]").text()).isEqualTo("Username");
        assertThat(page.select("label[for=password]").text()).isEqualTo("Password");
        assertThat(page.select("input#password").attr("type")).isEqualTo("password");
    }
}
