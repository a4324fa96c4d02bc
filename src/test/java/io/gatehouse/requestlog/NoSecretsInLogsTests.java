package io.gatehouse.requestlog;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.gatehouse.identity.UserTokens;
import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.support.LoggedRequests;
import io.gatehouse.support.TenantHttp;
import io.gatehouse.tenancy.TenantContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * No token and no secret reaches the request log or the application log, even with debug logging on and
 * with credentials put where they don't belong (the query string). The test scans both for the exact
 * strings it used.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "logging.level.io.gatehouse=DEBUG", "logging.level.org.springframework.security=DEBUG",
        "logging.level.org.springframework.web=DEBUG" })
class NoSecretsInLogsTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserTokens userTokens;

    @Test
    void logsWhenTokensAndSecretsUsedEverywhereThenNeitherLogHoldsThem(CapturedOutput output) {
        ApiToken token = token(ACME, adminClient().scopes("customers:read", "orders:read"));
        String secret = token.client().secret();
        String clientId = token.client().client().clientId();
        LoggedRequests log = new LoggedRequests(jdbc);
        String userToken = TenantContext.callAs(tenants.find(ACME).orElseThrow(),
                () -> userTokens.create(1L, "No secrets in logs", "test")).rawToken();

        List<HttpResponse<String>> responses = List.of(
                get(token, "/api/v3/customers/1"),
                get(token, "/api/v3/orders?access_token=" + token.value() + "&q=" + token.value()),
                get(token, "/api/v3/invoices"),
                http.get(ACME, "/api/v3/customers?client_secret=" + secret + "&limit=1",
                        "Authorization", "Bearer " + token.value()),
                http.postForm(ACME, "/oauth2/token", TenantHttp.form("grant_type", "client_credentials"),
                        "Authorization", TenantHttp.basic(clientId, secret)),
                http.postForm(ACME, "/oauth2/token", TenantHttp.form("grant_type", "client_credentials",
                        "client_id", clientId, "client_secret", secret)),
                http.postForm(ACME, "/oauth2/token", TenantHttp.form("grant_type", "client_credentials"),
                        "Authorization", TenantHttp.basic(clientId, secret + "x")),
                http.postForm(ACME, "/oauth2/token?client_secret=" + secret,
                        TenantHttp.form("grant_type", "client_credentials"),
                        "Authorization", TenantHttp.basic(clientId, secret)),
                http.postForm(ACME, "/oauth2/introspect", TenantHttp.form("token", token.value()),
                        "Authorization", TenantHttp.basic(clientId, secret)),
                http.postForm(ACME, "/oauth2/revoke", TenantHttp.form("token", token.value()),
                        "Authorization", TenantHttp.basic(clientId, secret)),
                http.get(ACME, "/api/v3/orders?api_key=" + userToken, "Authorization", "Bearer " + userToken),
                http.get(ACME, "/api/v3/orders/987654", "Authorization", "Bearer " + userToken),
                get(token, "/api/v3/customers/1"));
        responses.forEach(log::entryOf);
        String issued = responses.stream().filter(r -> r.uri().getPath().equals("/oauth2/token"))
                .filter(r -> r.statusCode() == 200).map(r -> json(r).get("access_token").asString())
                .findFirst().orElseThrow();

        String store = everyValueOf("request_log");
        for (String credential : List.of(token.value(), secret, issued, userToken,
                TenantHttp.basic(clientId, secret))) {
            assertThat(store).as("request log store").doesNotContain(credential);
            assertThat(output.getAll()).as("application log").doesNotContain(credential);
        }
        assertThat(store).contains("client_secret=[redacted]", "access_token=[redacted]", "api_key=[redacted]");
        assertThat(output.getAll()).as("debug logging was on").contains("DEBUG");
    }

    /** Every value of every row of the table, as one text to search. */
    private String everyValueOf(String table) {
        return jdbc.sql("select * from " + table).query().listOfRows().stream()
                .map(Map::values).flatMap(java.util.Collection::stream).map(String::valueOf)
                .collect(Collectors.joining("\n"));
    }
}
