package io.gatehouse.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real HTTP against a running Gatehouse, addressed to a tenant's host. {@code *.localhost} names do not
 * resolve on every machine, so requests go to 127.0.0.1 with the tenant's Host header (allowed by the
 * {@code jdk.httpclient.allowRestrictedHeaders=host} system property that the build sets).
 */
public final class TenantHttp {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final int port;

    public TenantHttp(int port) {
        this.port = port;
    }

    public static String host(String tenant, int port) {
        return tenant + ".localhost:" + port;
    }

    public HttpRequest.Builder request(String tenant, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Host", host(tenant, port));
    }

    public HttpResponse<String> get(String tenant, String path, String... headers) {
        HttpRequest.Builder builder = request(tenant, path).GET();
        return send(withHeaders(builder, headers));
    }

    /** POST application/x-www-form-urlencoded. */
    public HttpResponse<String> postForm(String tenant, String path, Map<String, String> form, String... headers) {
        HttpRequest.Builder builder = request(tenant, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        return send(withHeaders(builder, headers));
    }

    public HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (encode(user) + ":" + encode(password)).getBytes(StandardCharsets.UTF_8));
    }

    public static Map<String, String> form(String... keyValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.put(keyValues[i], keyValues[i + 1]);
        }
        return form;
    }

    private static String form(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }
}
