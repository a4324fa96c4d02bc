package io.gatehouse.requestlog;

import java.util.Optional;
import java.util.UUID;

/**
 * Request and session ids as the log's columns hold them: {@code uuid} since migration V6 (docs/decisions.md §51),
 * bound as {@link UUID}s because PostgreSQL compares no text with a uuid. Ids arrive as text from the console's
 * addresses; text that is not a UUID in its usual form names no entry, so it is never sent to the database.
 */
final class LogIds {

    private static final int LENGTH = 36;

    private LogIds() {
    }

    /** The id, if it is a UUID written as 8-4-4-4-12 hexadecimal digits (either case). */
    static Optional<UUID> parse(String id) {
        if (id == null || id.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = id.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !hex(c)) {
                return Optional.empty();
            }
        }
        return Optional.of(UUID.fromString(id));
    }

    private static boolean hex(char c) {
        char lower = (char) (c | 0x20);
        return c >= '0' && c <= '9' || lower >= 'a' && lower <= 'f';
    }

    /** An id Gatehouse made itself (a request's, a session's), or null for none. */
    static UUID of(String id) {
        return id == null ? null : parse(id).orElseThrow(() -> new IllegalArgumentException("Not a UUID: " + id));
    }
}
