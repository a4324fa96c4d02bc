package io.gatehouse.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 under the server key. Client secrets and access tokens are long machine-generated random
 * strings, so a fast keyed hash is as strong as a slow password hash here, and a stolen database alone
 * does not let anyone check guesses.
 */
public final class KeyedHasher {

    private final SecretKeySpec key;

    public KeyedHasher(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The server key must have at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** Lower-case hex, 64 characters. */
    public String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 unavailable", ex);
        }
    }

    /** Constant-time comparison of a raw value against a stored hash. */
    public boolean matches(String raw, String storedHash) {
        if (raw == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(raw).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
