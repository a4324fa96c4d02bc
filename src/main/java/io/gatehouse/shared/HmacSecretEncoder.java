package io.gatehouse.shared;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Matches machine-generated secrets against their keyed hashes. The stored form may list several hashes
 * separated by {@code |}: during a rotation grace period both the new and the previous secret match.
 */
public final class HmacSecretEncoder implements PasswordEncoder {

    public static final String ID = "hmac-sha256";

    private final KeyedHasher hasher;

    public HmacSecretEncoder(KeyedHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hasher.hash(rawPassword.toString());
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        boolean matched = false;
        for (String candidate : encodedPassword.split("\\|")) {
            // No early exit: the time taken does not tell which hash matched.
            matched |= hasher.matches(rawPassword.toString(), candidate);
        }
        return matched;
    }
}
