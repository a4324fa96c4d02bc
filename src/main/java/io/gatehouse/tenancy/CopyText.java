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

    private static void escape(String s, StringBuilder text) {
        int first = firstToEscape(s);
        if (first < 0) {
            text.append(s); // the usual case (ids, paths, addresses): copied whole, not char by char
            return;
        }
        text.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static int firstToEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
