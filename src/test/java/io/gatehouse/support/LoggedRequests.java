package io.gatehouse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the request log as a tenant admin would find it: by the request id a response carried in
 * {@code X-Request-Id}. Entries are written off the request thread, so reads wait (up to a deadline) for
 * the entry to arrive.
 */
public final class LoggedRequests {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    private final JdbcClient jdbc;

    public LoggedRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String requestId(HttpResponse<?> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow(
                () -> new AssertionError("no X-Request-Id on " + response.uri()));
    }

    /** The logged entry of the response, waiting for the writer; fails when it never arrives. */
    public Map<String, Object> entryOf(HttpResponse<?> response) {
        String id = requestId(response);
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> rows = rows(id);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            pause();
        }
        throw new AssertionError("request " + id + " (" + response.statusCode() + " " + response.uri()
                + ") was not logged within " + DEADLINE);
    }

    /**
     * Asserts that the response was never logged. The writer keeps order within a tenant, so once an entry of
     * a later request ({@code witness}) is stored, an entry of the earlier one would be stored too.
     */
    public void assertNotLogged(HttpResponse<?> response, HttpResponse<?> witness) {
        entryOf(witness);
        assertThat(rows(requestId(response))).as("log entry of %s", response.uri()).isEmpty();
    }

    public long count(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private List<Map<String, Object>> rows(String id) {
        return jdbc.sql("select * from request_log where id = :id").param("id", UUID.fromString(id)).query()
                .listOfRows().stream().map(LoggedRequests::withTextIds).toList();
    }

    /** A request_log row with its uuid columns as the text responses and entries carry. */
    public static Map<String, Object> withTextIds(Map<String, Object> row) {
        Map<String, Object> text = new LinkedHashMap<>(row);
        text.replaceAll((column, value) -> value instanceof UUID uuid ? uuid.toString() : value);
        return text;
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
    }
}
