package io.gatehouse.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Forms bind raw strings so that whatever the user typed is shown back unchanged; these turn them into
 * values, and anything unreadable into "no answer", which the registry's validation then reports.
 */
final class FormValues {

    private FormValues() {
    }

    static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    static <E extends Enum<E>> E constant(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    static boolean is(String value, Object expected) {
        return value != null && value.equals(String.valueOf(expected));
    }
}
