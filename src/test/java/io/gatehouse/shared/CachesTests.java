package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.RemovalCause;

import org.junit.jupiter.api.Test;

/** The node-local caches keep themselves up on the thread that uses them (decisions §41). */
class CachesTests {

    private record Removal(String key, RemovalCause cause, Thread thread) {
    }

    @Test
    void builderWhenSizeExceededThenEvictedAtOnceOnTheWritingThread() {
        List<Removal> removals = new CopyOnWriteArrayList<>();
        Cache<String, String> cache = Caches.builder().maximumSize(1)
                .removalListener((String key, String value, RemovalCause cause) ->
                        removals.add(new Removal(key, cause, Thread.currentThread())))
                .build();

        cache.put("a", "1");
        cache.put("b", "2");

        // No cleanUp() and no waiting: the eviction ran inside the second put, on this thread.
        assertThat(cache.estimatedSize()).isEqualTo(1);
        assertThat(removals).singleElement().satisfies(removal -> {
            assertThat(removal.cause()).isEqualTo(RemovalCause.SIZE);
            assertThat(removal.thread()).isSameAs(Thread.currentThread());
        });
    }
}
