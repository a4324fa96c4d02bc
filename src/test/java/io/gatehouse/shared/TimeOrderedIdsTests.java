package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

    @Test
    void nextWhenCalledThenVersion7UuidCarryingTheMillisecond() {
        long millis = 1_780_000_000_123L;

        UUID id = UUID.fromString(TimeOrderedIds.next(millis));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void nextWhenLaterMillisecondThenSortsAfter() {
        String earlier = TimeOrderedIds.next(1_780_000_000_123L);
        String later = TimeOrderedIds.next(1_780_000_000_124L);

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void nextWhenManyInOneMillisecondThenAllDistinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.next(1_780_000_000_123L));
        }
        assertThat(ids).hasSize(100_000);
    }
}
