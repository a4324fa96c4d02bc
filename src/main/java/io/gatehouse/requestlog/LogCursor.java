package io.gatehouse.requestlog;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page of entries ended: the time and id of its last (oldest) entry. The next page starts strictly
 * after it in the order {@code (at desc, id desc)}, so pages never overlap or skip, even when many entries
 * share one instant, and reading a deep page costs the same as reading the first.
 */
public record LogCursor(Instant at, String id) {

    private static final char SEPARATOR = '~';

    public LogCursor {
        Objects.requireNonNull(at, "at");
        if (LogIds.parse(id).isEmpty()) {
            throw new IllegalArgumentException("A cursor's id is an entry's request id, a UUID: " + id);
        }
    }

    static LogCursor after(RequestLogEntry entry) {
        return new LogCursor(entry.at(), entry.id());
    }

    /** The cursor as one URL parameter value, e.g. {@code 2026-05-01T14:30:05.123456Z~3f2c…}. */
    public String token() {
        return at + String.valueOf(SEPARATOR) + id;
    }

    /** The cursor of a {@link #token()}, or empty when the value is not one. */
    public static Optional<LogCursor> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int separator = token.indexOf(SEPARATOR);
        if (separator <= 0 || separator == token.length() - 1 || token.length() > 100) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LogCursor(Instant.parse(token.substring(0, separator)),
                    token.substring(separator + 1)));
        }
        catch (DateTimeParseException | IllegalArgumentException ex) { // no time, or an id that is no request id
            return Optional.empty();
        }
    }
}
