package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import io.gatehouse.support.DemoUsers;
import io.gatehouse.support.TenantHttp;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 403 and 404 pages through a real server: MockMvc does not perform the container's error dispatch.
 * The browser here is plain HTTP with a session cookie, logging in through the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleErrorPagesTests {

    @LocalServerPort
    int port;

    TenantHttp http;

    @BeforeEach
    void client() {
        http = new TenantHttp(port);
    }

    /** Logs in over HTTP and returns the session cookie. */
    String logIn(String username) {
        HttpResponse<String> loginPage = http.get("acme", "/console/login");
        String anonymousCookie = sessionCookie(loginPage);
        String csrf = Jsoup.parse(loginPage.body()).select("input[name=_csrf]").attr("value");
        HttpResponse<String> login = http.postForm("acme", "/console/login",
                Map.of("username", username, "password", DemoUsers.PASSWORD, "_csrf", csrf),
                "Cookie", anonymousCookie);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        String cookie = sessionCookie(login);
        assertThat(cookie).as("session id changes at login").isNotEqualTo(anonymousCookie);
        return cookie;
    }

    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0])
                .findFirst().orElseThrow();
    }

    @Test
    void apiPageWhenStaffThenForbiddenPageInTheConsoleLayout() {
        String cookie = logIn("staff1");

        HttpResponse<String> response = http.get("acme", "/console/settings/api/clients", "Cookie", cookie,
                "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("You do not have access to this page");
        assertThat(page.select("header .account").text()).contains("Sam Staff");
        assertThat(page.select("header .tenant").text()).isEqualTo("Acme Repairs");
        assertThat(page.select("a[href^=/console/settings]")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
    }

    @Test
    void unknownConsolePageWhenAdminThenNotFoundPageInTheConsoleLayout() {
        String cookie = logIn("admin");

        HttpResponse<String> response = http.get("acme", "/console/no-such-page", "Cookie", cookie,
                "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("nav.sidenav a").eachText()).contains("OAuth2 Clients");
    }

    @Test
    void confirmationWhenClientCreatedOverHttpThenNoStoreAndTokenUrlWithPort() {
        String cookie = logIn("admin");
        HttpResponse<String> form = http.get("acme", "/console/settings/api/clients/new", "Cookie", cookie);
        String csrf = Jsoup.parse(form.body()).select("form.client-form input[name=_csrf]").attr("value");

        HttpResponse<String> response = http.postForm("acme", "/console/settings/api/clients/new",
                Map.of("name", "Over HTTP", "accessLevel", "ADMIN", "ownerUserId", "1", "expiration", "WEEK",
                        "scopes", "orders:read", "_csrf", csrf),
                "Cookie", cookie);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        assertThat(Jsoup.parse(response.body()).getElementById("curl-command").text())
                .endsWith(" http://acme.localhost:" + port + "/oauth2/token");
    }
}
