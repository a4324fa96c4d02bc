package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.gatehouse.support.DemoUsers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser on one tenant's console, over MockMvc: it keeps its session, sends the tenant's Host, logs in
 * through the real login form and posts forms with the CSRF token of the last page it was shown.
 */
final class ConsoleBrowser {

    private final MockMvc mvc;
    private final String host;
    private MockHttpSession session = new MockHttpSession();
    private String csrf;

    ConsoleBrowser(MockMvc mvc, String tenant) {
        this.mvc = mvc;
        this.host = tenant + ".localhost";
    }

    /** Logs in through the form at /console/login and checks that it worked. */
    static ConsoleBrowser loggedIn(MockMvc mvc, String tenant, String username) {
        ConsoleBrowser browser = new ConsoleBrowser(mvc, tenant);
        MockHttpServletResponse response = browser.logIn(username, DemoUsers.PASSWORD);
        assertThat(response.getStatus()).as("login of " + username).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).doesNotContain("error");
        return browser;
    }

    MockHttpServletResponse logIn(String username, String password) {
        page("/console/login");
        return submit("/console/login", Map.of("username", username, "password", password));
    }

    /** The same browser (and session cookie) addressing another tenant's host. */
    ConsoleBrowser onTenant(String tenant) {
        ConsoleBrowser other = new ConsoleBrowser(mvc, tenant);
        other.session = session;
        other.csrf = csrf;
        return other;
    }

    /** The CSRF token of the last page shown, for hand-built requests. */
    String csrf() {
        return csrf;
    }

    MockHttpSession session() {
        return session;
    }

    MockHttpServletResponse get(String path) {
        return perform(MockMvcRequestBuilders.get(path));
    }

    /** GET, expecting an HTML page, parsed. */
    Document page(String path) {
        MockHttpServletResponse response = get(path);
        return parse(response);
    }

    /** POST a form with the CSRF token of the last page shown. */
    MockHttpServletResponse submit(String path, Map<String, ?> form) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        form.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> params.add(name, String.valueOf(v)));
            }
            else if (value != null) {
                params.add(name, String.valueOf(value));
            }
        });
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).params(params);
        if (csrf != null) {
            request.param("_csrf", csrf);
        }
        return perform(request);
    }

    /** POST without any CSRF token, as a forged cross-site form would. */
    MockHttpServletResponse submitWithoutCsrf(String path, Map<String, String> form) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        form.forEach(request::param);
        return perform(request);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
        try {
            MvcResult result = mvc.perform(request.session(session).with(r -> {
                r.setServerName(host);
                return r;
            })).andReturn();
            if (result.getRequest().getSession(false) instanceof MockHttpSession current) {
                session = current;
            }
            MockHttpServletResponse response = result.getResponse();
            rememberCsrf(response);
            return response;
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Document parse(MockHttpServletResponse response) {
        try {
            return Jsoup.parse(response.getContentAsString());
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void rememberCsrf(MockHttpServletResponse response) throws Exception {
        String type = response.getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return;
        }
        Element token = Jsoup.parse(response.getContentAsString()).selectFirst("input[name=_csrf]");
        if (token != null) {
            csrf = token.attr("value");
        }
    }
}
