package io.gatehouse.tenancy;

import java.time.Instant;
import java.util.Map;

/** The uses of one id to add to its row: how many, and the latest. */
public record UseCount<I>(I id, long count, Instant lastUsedAt) {

    /** The parameters {@code :id}, {@code :count} and {@code :at} of a statement that adds the uses to a row. */
    public Map<String, Object> row() {
        return Map.of("id", id, "count", count, "at", TenantJdbc.ts(lastUsedAt));
    }

    UseCount<I> plus(UseCount<I> more) {
        return new UseCount<>(id, count + more.count,
                lastUsedAt.isAfter(more.lastUsedAt) ? lastUsedAt : more.lastUsedAt);
    }
}
