package io.gatehouse.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * RFC 9457 answers written straight from a servlet filter, before any controller runs. Every "nothing
 * here" answers with the same {@link #NOT_FOUND} body, so no 404 tells one reason from another.
 */
public final class ProblemResponses {

    public static final String NOT_FOUND = """
            {"type":"about:blank","title":"Not Found","status":404,"detail":"Nothing is served at this address."}""";

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
