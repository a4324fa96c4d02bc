package io.gatehouse.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the first admin's password must be. It guards a whole tenant and is typed into a deployment
 * once, so it is held to more than the console's own rules: long, not guessable from the tenant, and
 * within bcrypt's 72-byte input limit (longer inputs would be rejected when hashing).
 */
final class AdminPasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT = 5;
    private static final List<String> COMMON = List.of("password", "passw0rd", "changeme", "123456", "qwerty",
            "letmein", "welcome", "secret", "gatehouse");

    private AdminPasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is acceptable. */
    static Optional<String> problem(String password, String username, String tenant) {
        if (password == null || password.isBlank()) {
            return Optional.of("is missing");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must have at most " + MAX_BYTES + " bytes (bcrypt's limit)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.toLowerCase(Locale.ROOT)) || lower.contains(tenant.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username or the tenant id");
        }
        Optional<String> common = COMMON.stream().filter(lower::contains).findFirst();
        if (common.isPresent()) {
            return Optional.of("must not contain a well-known password such as '" + common.get() + "'");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("must use at least " + MIN_DISTINCT + " different characters");
        }
        return Optional.empty();
    }
}
