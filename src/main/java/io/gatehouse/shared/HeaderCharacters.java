package io.gatehouse.shared;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters {@link StrictHttpFirewall} allows in header names and values, by its default rules (every
 * character assigned in Unicode and not a control character; a tab too in a value), checked without a regular
 * expression. The firewall checks every header a filter reads, on every request: the bearer token, the
 * {@code DPoP} header, the {@code User-Agent}. Its own pattern took about 6 µs of an API read (benchmark
 * profile, docs/decisions.md §35); printable ASCII, what nearly every header holds, is checked here by a range
 * test per character, and anything else as the pattern would.
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    static boolean allowedInName(String name) {
        return allowed(name, false);
    }

    static boolean allowedInValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return allowedFrom(text, i, tabAllowed);
            }
        }
        return true;
    }

    /** Code point by code point from {@code start}, as the pattern matches them. */
    private static boolean allowedFrom(String text, int start, boolean tabAllowed) {
        for (int i = start; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean control = Character.isISOControl(codePoint) && !(tabAllowed && codePoint == '\t');
            if (control || Character.getType(codePoint) == Character.UNASSIGNED) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
