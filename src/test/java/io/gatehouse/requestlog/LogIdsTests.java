package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;

import io.gatehouse.shared.TimeOrderedIds;

import org.junit.jupiter.api.Test;

class LogIdsTests {

    @Test
    void parseWhenUuidInItsUsualFormThenThatUuidInEitherCase() {
        String id = TimeOrderedIds.next(System.currentTimeMillis());

        assertThat(LogIds.parse(id)).contains(UUID.fromString(id));
        assertThat(LogIds.parse(id.toUpperCase())).contains(UUID.fromString(id));
        assertThat(LogIds.parse(id).orElseThrow().toString()).isEqualTo(id);
    }

    @Test
    void parseWhenAnythingElseThenEmpty() {
        assertThat(LogIds.parse(null)).isEmpty();
        assertThat(LogIds.parse("")).isEmpty();
        assertThat(LogIds.parse("s-1")).isEmpty();
        // Java's own parser takes these short groups; no id Gatehouse makes looks like them.
        assertThat(LogIds.parse("1-2-3-4-5")).isEmpty();
        assertThat(LogIds.parse("01a22a6c-bac3-7fc7-9c97-265877a8f0fb0")).isEmpty();
        assertThat(LogIds.parse("01a22a6cbac3-7fc7-9c97-265877a8f0fb0")).isEmpty();
        assertThat(LogIds.parse("01a22a6c-bac3-7fc7-9c97-265877a8f0fg")).isEmpty();
        assertThat(LogIds.parse("01a22a6c-bac3-7fc7-9c97-265877a8f0f\u0663")).as("a digit outside ASCII").isEmpty();
        assertThat(LogIds.parse("01a22a6c+bac3-7fc7-9c97-265877a8f0fb")).isEmpty();
    }

    @Test
    void ofWhenNullThenNullWhenNoUuidThenRefused() {
        assertThat(LogIds.of(null)).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> LogIds.of("id-1"));
    }
}
