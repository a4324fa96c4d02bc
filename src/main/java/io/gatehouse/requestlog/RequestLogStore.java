package io.gatehouse.requestlog;

import java.time.Instant;
import java.util.List;

/** Persistence port for log entries, within the tenant bound to the current thread. */
interface RequestLogStore {

    /** Stores the entries of the current tenant in one batch; an entry whose id is already stored is skipped. */
    void insert(List<RequestLogEntry> entries);

    /**
     * Stores entries never written before (taken from the in-memory queue for the first time), so there is no
     * stored id to look for: one statement less per batch than {@link #insert}, which replays need.
     */
    default void insertFresh(List<RequestLogEntry> entries) {
        insert(entries);
    }

    /** Deletes up to {@code limit} entries of the current tenant older than {@code cutoff}; answers how many. */
    int purgeBefore(Instant cutoff, int limit);

    /** Deletes the per-minute counts of the current tenant for minutes that ended before {@code cutoff}. */
    int purgeMinutesBefore(Instant cutoff);
}
