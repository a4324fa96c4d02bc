package io.gatehouse.requestlog;

import java.util.regex.Pattern;

/**
 * The query string as the log keeps it: the value of any parameter whose name says it carries a credential
 * ({@code client_secret}, {@code access_token}, {@code password}, {@code api_key} or {@code api-key}, …), or whose value looks
 * like a Gatehouse token or secret, is replaced, so a secret put in a URL by mistake never reaches the log.
 */
final class QueryRedaction {

    static final String REDACTED = "[redacted]";

    /** Searched for ({@code find}) anywhere in the name, across line breaks too. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)secret|token|password|passwd|pwd|api[_-]?key|assertion|credential|signature");

    /** Gatehouse's own credentials are recognisable by prefix (access token, user token, client secret). */
    private static final Pattern CREDENTIAL_VALUE = Pattern.compile("(?i)gat_|gut_|gcs_");

    /** Either of the above anywhere in the query: without it, and with nothing encoded, nothing is redacted. */
    private static final Pattern SUSPECT = Pattern.compile(SECRET_NAME.pattern() + "|"
            + CREDENTIAL_VALUE.pattern().substring("(?i)".length()));

    private QueryRedaction() {
    }

    static String redact(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        if (query.indexOf('%') < 0 && query.indexOf('+') < 0 && !SUSPECT.matcher(query).find()) {
            return query; // one scan for the common query (?expand=lines), instead of one per parameter
        }
        StringBuilder out = new StringBuilder(query.length());
        for (String pair : query.split("&", -1)) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (eq >= 0 && (SECRET_NAME.matcher(decoded(name)).find()
                    || CREDENTIAL_VALUE.matcher(decoded(pair.substring(eq + 1))).find())) {
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
            return name; // nothing encoded: every API request with a query passes here
        }
        try {
            return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return name;
        }
    }
}
