package io.gatehouse.shared;

import java.security.SecureRandom;

/** Unguessable identifiers and credentials, in an alphabet that survives URLs, headers and shells. */
public final class RandomStrings {

    private static final char[] BASE62 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomStrings() {
    }

    /**
     * A base62 string carrying at least {@code bits} random bits (each character carries ~5.95 bits).
     */
    public static String base62(int bits) {
        int length = (int) Math.ceil(bits / (Math.log(62) / Math.log(2)));
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = BASE62[RANDOM.nextInt(BASE62.length)];
        }
        return new String(out);
    }
}
