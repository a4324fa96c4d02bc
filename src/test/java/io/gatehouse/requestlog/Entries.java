package io.gatehouse.requestlog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Log entries for tests: each with its own request id, as the filter makes them. */
final class Entries {

    private Entries() {
    }

    static RequestLogEntry entry(String tenant) {
        return entry(tenant, Instant.now());
    }

    static RequestLogEntry entry(String tenant, Instant at) {
        return entry(tenant, UUID.randomUUID().toString(), at, "/api/v3/orders");
    }

    static RequestLogEntry entry(String tenant, String id, Instant at, String path) {
        return new RequestLogEntry(tenant, id, at, 1L, UUID.randomUUID().toString(), null, "GET", path,
                "limit=5", 200, 1234, 512, "127.0.0.1", "entries-test", null, null);
    }

    /** {@code count} entries, alternating between the tenants given. */
    static List<RequestLogEntry> entries(int count, String... tenants) {
        List<RequestLogEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(entry(tenants[i % tenants.length]));
        }
        return entries;
    }
}
