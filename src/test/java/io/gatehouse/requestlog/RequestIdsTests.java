package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdsTests {

    @Test
    void nextWhenCalledThenVersion7UuidCarryingTheMillisecond() {
        long millis = 1_780_000_000_123L;

        UUID id = UUID.fromString(RequestIds.next(millis));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void nextWhenLaterMillisecondThenSortsAfter() {
        String earlier = RequestIds.next(1_780_000_000_123L);
        String later = RequestIds.next(1_780_000_000_124L);

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void nextWhenManyInOneMillisecondThenAllDistinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(RequestIds.next(1_780_000_000_123L));
        }
        assertThat(ids).hasSize(100_000);
    }
}
