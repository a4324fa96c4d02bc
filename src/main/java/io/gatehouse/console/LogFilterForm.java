package io.gatehouse.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.gatehouse.requestlog.LogCursor;
import io.gatehouse.requestlog.LogFilter;
import io.gatehouse.requestlog.LogSubject;

/**
 * The Logs page's filters as typed (query parameters of a GET form), shown back unchanged. Times are
 * {@code datetime-local} values read as UTC, like every time the console shows; {@code after} is the cursor of
 * the "Older entries" link.
 */
record LogFilterForm(String from, String to, String status, String method, String path, String session,
        String after) {

    static final List<String> STATUSES = List.of("2xx", "4xx", "5xx");
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private static final int MAX_PATH = 2000;
    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /** The filter and cursor for the page, or the message for each field that cannot be read. */
    Parsed parse(LogSubject subject) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant fromAt = dateTime("from", from, errors);
        Instant toAt = dateTime("to", to, errors);
        if (fromAt != null && toAt != null && !fromAt.isBefore(toAt)) {
            errors.put("to", "The end of the range must be after its start.");
        }
        Integer statusClass = null;
        if (present(status)) {
            int index = STATUSES.indexOf(status.trim().toLowerCase(Locale.ROOT));
            if (index < 0) {
                errors.put("status", "Choose 2xx, 4xx or 5xx, or any status.");
            }
            else {
                statusClass = Integer.valueOf(STATUSES.get(index).substring(0, 1));
            }
        }
        String methodName = present(method) ? method.trim().toUpperCase(Locale.ROOT) : null;
        if (methodName != null && !METHODS.contains(methodName)) {
            errors.put("method", "Choose one of " + String.join(", ", METHODS) + ", or any method.");
        }
        String pathPrefix = present(path) ? path.trim() : null;
        if (pathPrefix != null && (!pathPrefix.startsWith("/") || pathPrefix.length() > MAX_PATH)) {
            errors.put("path", "Enter the start of a path, beginning with /, such as /api/v3/orders.");
        }
        String sessionId = present(session) ? session.trim() : null;
        if (sessionId != null && !SESSION.matcher(sessionId).matches()) {
            errors.put("session", "Enter a session id as the entries show it: letters, digits and dashes only.");
        }
        LogCursor cursor = present(after) ? LogCursor.parse(after.trim()).orElse(null) : null;
        if (present(after) && cursor == null) {
            errors.put("after", "This page link is not valid. Start again from the newest entries.");
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, null, errors);
        }
        return new Parsed(new LogFilter(subject, fromAt, toAt, statusClass, methodName, pathPrefix, sessionId),
                cursor, Map.of());
    }

    /** The same filters without the session, for owners whose requests have none. */
    LogFilterForm withoutSession() {
        return new LogFilterForm(from, to, status, method, path, null, after);
    }

    boolean hasRange() {
        return present(from) || present(to);
    }

    /** Whether any filter narrows the entries (the cursor does not count). */
    boolean narrowed() {
        return hasRange() || present(status) || present(method) || present(path) || present(session);
    }

    /** The filters as query parameters, without the cursor; a {@code null} override drops a parameter. */
    Map<String, String> parameters(Map<String, String> overrides) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("status", status);
        parameters.put("method", method);
        parameters.put("path", path);
        parameters.put("session", session);
        parameters.putAll(overrides);
        parameters.values().removeIf(value -> !present(value));
        return parameters;
    }

    /** The value a {@code datetime-local} input shows for an instant, in UTC and to the minute. */
    static String inputValue(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withSecond(0).withNano(0).toString();
    }

    private static Instant dateTime(String field, String value, Map<String, String> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            LocalDateTime time = LocalDateTime.parse(value.trim());
            // Years the database can store and a person might mean; anything else is a typing slip.
            if (time.getYear() >= 1970 && time.getYear() <= 9999) {
                return time.toInstant(ZoneOffset.UTC);
            }
        }
        catch (DateTimeParseException ex) {
            // reported below
        }
        errors.put(field, "Enter a date and time in UTC, such as 2026-05-01T14:30.");
        return null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** @param filter {@code null} when there are errors */
    record Parsed(LogFilter filter, LogCursor cursor, Map<String, String> errors) {
    }
}
