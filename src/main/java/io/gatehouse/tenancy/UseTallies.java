package io.gatehouse.tenancy;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tallies of the keys used lately. Any thread records, without a lock once a key's tally exists; one thread at
 * a time drains. A tally idle for a whole drain interval is retired and removed, so memory follows recent use.
 */
final class UseTallies<K> {

    /** What a drain hands over for one key: the uses since the last drain, and the latest of them. */
    interface Taken<K> {
        void accept(K key, long count, Instant latest);
    }

    private final ConcurrentHashMap<K, UseTally> live = new ConcurrentHashMap<>();

    void record(K key, Instant at) {
        UseTally tally = live.get(key);
        if (tally == null) {
            tally = live.computeIfAbsent(key, k -> new UseTally());
        }
        while (!tally.add(at)) {
            live.remove(key, tally); // a drain retired it meanwhile: count in a fresh one
            tally = live.computeIfAbsent(key, k -> new UseTally());
        }
    }

    /** One thread at a time. Every use recorded before the call is handed over, now or by a later drain. */
    void drain(Taken<K> taken) {
        live.forEach((key, tally) -> {
            long count = tally.take();
            if (count > 0) {
                taken.accept(key, count, tally.latest());
            }
            else if (tally.retireIfIdle()) {
                live.remove(key, tally);
            }
        });
    }
}
