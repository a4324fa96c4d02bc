package io.gatehouse.access;

/** One API operation, e.g. {@code GET /api/v3/orders/{id}}. */
public record Endpoint(String method, String path) {

    public static final String API_PREFIX = "/api/v3";

    public static Endpoint get(String path) {
        return new Endpoint("GET", API_PREFIX + path);
    }

    public static Endpoint post(String path) {
        return new Endpoint("POST", API_PREFIX + path);
    }

    public static Endpoint patch(String path) {
        return new Endpoint("PATCH", API_PREFIX + path);
    }

    public static Endpoint put(String path) {
        return new Endpoint("PUT", API_PREFIX + path);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
