package io.gatehouse.tenancy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}: one line per row, columns separated by tabs,
 * {@code \N} for null, and backslash, tab, newline and carriage return escaped with a backslash.
 */
final class CopyText {

    private CopyText() {
    }

    static String of(String tenant, List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Map<String, Object> row : rows) {
            escape(tenant, text);
            for (String column : columns) {
                text.append('\t');
                value(row.get(column), text);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void value(Object value, StringBuilder text) {
        if (value == null) {
            text.append("\\N");
        }
        else if (value instanceof String s) {
            escape(s, text);
        }
        else if (value instanceof Number || value instanceof Boolean || value instanceof OffsetDateTime
                || value instanceof Instant) {
            // Their toString is what PostgreSQL reads; a time is ISO 8601 with its offset, kept to the microsecond.
            text.append(value);
        }
        else {
            throw new IllegalArgumentException("No COPY text for a " + value.getClass().getSimpleName());
        }
    }

    /** Appends {@code s} escaped; the runs between characters to escape (usually all of it) are copied whole. */
    private static void escape(String s, StringBuilder text) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            String escaped = escaped(s.charAt(i));
            if (escaped != null) {
                text.append(s, run, i).append(escaped);
                run = i + 1;
            }
        }
        text.append(s, run, s.length());
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
        };
    }
}
