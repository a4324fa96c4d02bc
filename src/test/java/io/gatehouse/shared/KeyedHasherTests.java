package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KeyedHasherTests {

    /** RFC 4231 §4.7, test case 6: a 131-byte key (longer than the block) and its HMAC-SHA-256. */
    private static final byte[] RFC_KEY = filled(131, (byte) 0xaa);
    private static final String RFC_DATA = "Test Using Larger Than Block-Size Key - Hash Key First";
    private static final String RFC_HMAC = "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54";

    @Test
    void hashWhenRfc4231VectorThenItsHmacSha256InLowerCaseHex() {
        assertThat(new KeyedHasher(RFC_KEY).hash(RFC_DATA)).isEqualTo(RFC_HMAC);
    }

    /** Each thread keeps its own Mac: hashes on many threads at once, each after others, are all still right. */
    @Test
    void hashWhenManyThreadsHashAtOnceThenEveryHashIsTheSameAsAlone() throws Exception {
        KeyedHasher hasher = new KeyedHasher(RFC_KEY);
        List<String> values = IntStream.range(0, 2_000).mapToObj(i -> "gat_token-" + i).toList();
        List<String> alone = values.stream().map(hasher::hash).toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = IntStream.range(0, 8)
                    .mapToObj(t -> threads.submit(() -> values.stream().map(hasher::hash).toList())).toList();
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void matchesWhenRawValueOrOtherKeyThenOnlyTheSameKeyAndValueMatch() {
        KeyedHasher hasher = new KeyedHasher(filled(32, (byte) 1));
        String stored = hasher.hash("gcs_secret");

        assertThat(hasher.matches("gcs_secret", stored)).isTrue();
        assertThat(hasher.matches("gcs_secreT", stored)).isFalse();
        assertThat(new KeyedHasher(filled(32, (byte) 2)).matches("gcs_secret", stored)).isFalse();
        assertThat(hasher.matches(null, stored)).isFalse();
    }

    @Test
    void constructorWhenKeyShorterThan256BitsThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeyedHasher(new byte[31]));
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
