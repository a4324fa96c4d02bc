package io.gatehouse.requestlog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The query string as the log keeps it: the value of any parameter whose name says it carries a credential
 * ({@code client_secret}, {@code access_token}, {@code password}, {@code api_key} or {@code api-key}, …), or whose value looks
 * like a Gatehouse token or secret, is replaced, so a secret put in a URL by mistake never reaches the log.
 */
final class QueryRedaction {

    static final String REDACTED = "[redacted]";

    /** Searched for anywhere in the name, in any (ASCII) case, across line breaks too. Lower case here. */
    private static final List<String> SECRET_NAMES = List.of("secret", "token", "password", "passwd", "pwd",
            "api_key", "api-key", "apikey", "assertion", "credential", "signature");

    /** Gatehouse's own credentials are recognisable by prefix (access token, user token, client secret). */
    private static final List<String> CREDENTIAL_MARKS = List.of("gat_", "gut_", "gcs_");

    private QueryRedaction() {
    }

    static String redact(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        if (query.indexOf('%') < 0 && query.indexOf('+') < 0 && !mentions(query, SECRET_NAMES)
                && !mentions(query, CREDENTIAL_MARKS)) {
            return query; // nothing encoded and nothing suspect anywhere: the common API query (expand=lines)
        }
        StringBuilder out = new StringBuilder(query.length());
        for (String pair : query.split("&", -1)) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (eq >= 0 && (mentions(decoded(name), SECRET_NAMES)
                    || mentions(decoded(pair.substring(eq + 1)), CREDENTIAL_MARKS))) {
                out.append(name).append('=').append(REDACTED);
            }
            else {
                out.append(pair);
            }
        }
        return out.toString();
    }

    /**
     * Whether the text contains one of the words, ignoring case. By hand rather than a case-insensitive regular
     * expression: this runs on every logged request with a query, and a first-letter check skips most positions.
     */
    private static boolean mentions(String text, List<String> words) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            for (String word : words) {
                if (word.charAt(0) == lower && text.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
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
}
