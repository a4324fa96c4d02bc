package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RandomStringsTests {

    @Test
    void base62WhenBitsAskedThenLongEnoughInTheAlphabet() {
        assertThat(RandomStrings.base62(256)).hasSize(43).matches("[0-9A-Za-z]{43}");
        assertThat(RandomStrings.base62(128)).hasSize(22).matches("[0-9A-Za-z]{22}");
    }

    @Test
    void base62WhenDrawnFromManyThreadsThenNeverRepeats() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 200_000).parallel().forEach(i -> seen.add(RandomStrings.base62(128)));
        assertThat(seen).hasSize(200_000);
    }

    @Test
    void base62WhenManyCharactersThenEveryCharacterAboutEquallyLikely() {
        int[] counts = new int[128];
        int total = 0;
        for (int i = 0; i < 20_000; i++) {
            for (char c : RandomStrings.base62(256).toCharArray()) {
                counts[c]++;
                total++;
            }
        }
        double expected = total / 62.0;
        Set<Character> used = new HashSet<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                used.add((char) c);
                // 860,000 characters: a fair alphabet stays well within 5% of its share.
                assertThat(Math.abs(counts[c] - expected) / expected).as("share of '%s'", (char) c).isLessThan(0.05);
            }
        }
        assertThat(used).hasSize(62);
    }
}
