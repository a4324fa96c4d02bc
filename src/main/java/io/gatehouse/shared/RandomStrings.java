package io.gatehouse.shared;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Unguessable identifiers and credentials, in an alphabet that survives URLs, headers and shells. */
public final class RandomStrings {

    private static final char[] BASE62 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    /** Bytes at or above this are drawn again, so that every character is equally likely (248 = 4 × 62). */
    private static final int UNBIASED_LIMIT = 248;

    /**
     * One DRBG per thread. The platform default on Linux (NativePRNG) serves every instance through one
     * global lock, and every token request draws from it: under load the request threads queued there.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RandomStrings::drbg);

    private RandomStrings() {
    }

    /**
     * A base62 string carrying at least {@code bits} random bits (each character carries ~5.95 bits).
     */
    public static String base62(int bits) {
        int length = (int) Math.ceil(bits / (Math.log(62) / Math.log(2)));
        SecureRandom random = RANDOM.get();
        char[] out = new char[length];
        // One draw for the whole string (a few more bytes than characters, for the ones drawn again).
        byte[] bytes = new byte[length + length / 8 + 4];
        int filled = 0;
        while (filled < length) {
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length && filled < length; i++) {
                int value = bytes[i] & 0xFF;
                if (value < UNBIASED_LIMIT) {
                    out[filled++] = BASE62[value % BASE62.length];
                }
            }
        }
        return new String(out);
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        }
        catch (NoSuchAlgorithmException ex) {
            return new SecureRandom();
        }
    }
}
