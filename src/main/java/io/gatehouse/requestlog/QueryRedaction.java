package io.gatehouse.requestlog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The query string as the log keeps it: the value of any parameter whose name says it carries a credential
 * ({@code client_secret}, {@code access_token}, {@code password}, {@code api_key} or {@code api-key}, …), or whose value looks
 * like a Gatehouse token or secret, is replaced, so a secret put in a URL by mistake never reaches the log.
 */
final class QueryRedaction {

    static final String REDACTED = "[redacted]";

    /** Searched for anywhere in the name, in any (ASCII) case, across line breaks too. Lower case here. */
    private static final Words SECRET_NAMES = new Words("secret", "token", "password", "passwd", "pwd",
            "api_key", "api-key", "apikey", "assertion", "credential", "signature");

    /** Gatehouse's own credentials are recognisable by prefix (access token, user token, client secret). */
    private static final Words CREDENTIAL_MARKS = new Words("gat_", "gut_", "gcs_");

    private QueryRedaction() {
    }

    static String redact(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        if (query.indexOf('%') < 0 && query.indexOf('+') < 0 && !SECRET_NAMES.in(query)
                && !CREDENTIAL_MARKS.in(query)) {
            return query; // nothing encoded and nothing suspect anywhere: the common API query (expand=lines)
        }
        StringBuilder out = new StringBuilder(query.length());
        for (String pair : query.split("&", -1)) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (eq >= 0 && (SECRET_NAMES.in(decoded(name))
                    || CREDENTIAL_MARKS.in(decoded(pair.substring(eq + 1))))) {
                out.append(name).append('=').append(REDACTED);
            }
            else {
                out.append(pair);
            }
        }
        return out.toString();
    }

    private static String decoded(String name) {
        if (name.indexOf('%') < 0 && name.indexOf('+') < 0) {
            return name;
        }
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return name;
        }
    }

    /** Words searched for in any (ASCII) case. */
    private static final class Words {

        private final String[] words;
        /** Indexed by ASCII character: whether a word starts with it. */
        private final boolean[] firstLetters = new boolean[128];

        Words(String... lowerCase) {
            this.words = lowerCase;
            for (String word : lowerCase) {
                firstLetters[word.charAt(0)] = true;
            }
        }

        /**
         * Whether the text contains one of the words, ignoring case. By hand rather than a case-insensitive
         * regular expression: this runs on every logged request with a query. A word is compared in full only
         * where the text has its first two letters (docs/decisions.md §34, §35).
         */
        boolean in(String text) {
            for (int i = 0; i < text.length(); i++) {
                char first = lowerAscii(text.charAt(i));
                if (first >= firstLetters.length || !firstLetters[first]) {
                    continue;
                }
                for (String word : words) {
                    if (word.charAt(0) == first && secondMayMatch(text, i, word)
                            && text.regionMatches(true, i, word, 0, word.length())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Past the first letter; a non-ASCII second character is left to {@code regionMatches}' case folding. */
        private static boolean secondMayMatch(String text, int i, String word) {
            if (i + word.length() > text.length()) {
                return false;
            }
            char second = text.charAt(i + 1);
            return second >= 0x80 || lowerAscii(second) == word.charAt(1);
        }

        private static char lowerAscii(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
    }
}
