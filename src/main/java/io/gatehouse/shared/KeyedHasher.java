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

    /**
     * One keyed Mac per thread: {@code Mac.getInstance} looks the provider up and verifies it on every call,
     * which cost more than the hash itself on the token endpoint. {@code doFinal} resets the Mac for reuse.
     */
    private final ThreadLocal<Mac> macs;

    public KeyedHasher(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The server key must have at least 256 bits");
        }
        SecretKeySpec spec = new SecretKeySpec(key.clone(), "HmacSHA256");
        newMac(spec); // a missing HmacSHA256 fails the start, not the first request
        this.macs = ThreadLocal.withInitial(() -> newMac(spec));
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 unavailable", ex);
        }
    }

    /** Lower-case hex, 64 characters. */
    public String hash(String value) {
        return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
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
