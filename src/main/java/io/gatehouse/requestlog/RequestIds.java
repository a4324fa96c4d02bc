package io.gatehouse.requestlog;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids: UUID version 7 (RFC 9562), the millisecond first and random bits after it.
 *
 * <p>Why not {@link UUID#randomUUID()}: every API request makes one, and that draws from one shared
 * {@code SecureRandom}, a lock under load; a request id is an identifier, not a secret (who may read an entry is
 * decided by its tenant and client), so a thread-local generator is enough. Time-ordered ids also keep the
 * request log's primary-key index appending at its right edge instead of writing all over it.
 */
final class RequestIds {

    private RequestIds() {
    }

    static String next(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
