package io.gatehouse.shared;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of request-log entries and sessions: UUID version 7 (RFC 9562), the millisecond first and random bits after
 * it.
 *
 * <p>Why not {@link UUID#randomUUID()}: every request makes one, and that draws from one shared
 * {@code SecureRandom}, a lock under load; these ids are identifiers, not secrets (who may read an entry or a
 * session is decided by its tenant and client; the token is the credential), so a thread-local generator is
 * enough. Time-ordered ids also keep the indexes that lead with them appending at their right edge instead of
 * writing all over them (docs/decisions.md §25).
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {
    }

    public static String next(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
