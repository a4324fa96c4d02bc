package io.gatehouse.requestlog;

import java.time.Instant;
import java.util.Objects;

/**
 * Which entries of one subject to read. Every criterion but the subject is optional ({@code null}: any).
 *
 * @param from        the first instant included
 * @param to          the first instant no longer included
 * @param statusClass 2, 4 or 5 for 2xx, 4xx or 5xx
 * @param method      an HTTP method, exactly
 * @param pathPrefix  the start of the path, e.g. {@code /api/v3/orders}
 * @param sessionId   one session (access token) of the client
 */
public record LogFilter(LogSubject subject, Instant from, Instant to, Integer statusClass, String method,
        String pathPrefix, String sessionId) {

    public LogFilter {
        Objects.requireNonNull(subject, "subject");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The range must end after it starts");
        }
        if (statusClass != null && (statusClass < 1 || statusClass > 5)) {
            throw new IllegalArgumentException("A status class is 1 to 5");
        }
    }

    /** Every entry of the subject. */
    public static LogFilter of(LogSubject subject) {
        return new LogFilter(subject, null, null, null, null, null, null);
    }

    public LogFilter between(Instant newFrom, Instant newTo) {
        return new LogFilter(subject, newFrom, newTo, statusClass, method, pathPrefix, sessionId);
    }

    public LogFilter withStatusClass(Integer newStatusClass) {
        return new LogFilter(subject, from, to, newStatusClass, method, pathPrefix, sessionId);
    }

    public LogFilter withMethod(String newMethod) {
        return new LogFilter(subject, from, to, statusClass, newMethod, pathPrefix, sessionId);
    }

    public LogFilter withPathPrefix(String newPathPrefix) {
        return new LogFilter(subject, from, to, statusClass, method, newPathPrefix, sessionId);
    }

    public LogFilter withSessionId(String newSessionId) {
        return new LogFilter(subject, from, to, statusClass, method, pathPrefix, newSessionId);
    }
}
