package io.gatehouse.access;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads a filter's value from the query string as its field's type, or refuses it naming the parameter. */
final class QueryValues {

    private QueryValues() {
    }

    static Object parse(String name, String raw, QuerySpec.Type type) {
        try {
            return switch (type) {
                case ID -> Long.parseLong(raw.trim());
                case INTEGER -> Integer.parseInt(raw.trim());
                case DECIMAL -> new BigDecimal(raw.trim());
                case TEXT -> raw;
                case BOOLEAN -> bool(raw.trim());
                case INSTANT -> instant(raw.trim());
            };
        }
        catch (NumberFormatException | DateTimeParseException ex) {
            throw ApiException.badParameter(name, "Parameter '" + name + "' must be " + switch (type) {
                case ID, INTEGER -> "a whole number.";
                case DECIMAL -> "a number, such as 12.50.";
                case BOOLEAN -> "true or false.";
                case INSTANT -> "a date (2026-01-31) or a date and time (2026-01-31T12:00:00Z).";
                case TEXT -> "text.";
            }, false);
        }
    }

    private static Boolean bool(String raw) {
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.valueOf(raw);
        }
        throw new NumberFormatException(raw);
    }

    private static OffsetDateTime instant(String raw) {
        Instant instant = raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay().toInstant(ZoneOffset.UTC)
                : OffsetDateTime.parse(raw).toInstant();
        return instant.atOffset(ZoneOffset.UTC);
    }
}
