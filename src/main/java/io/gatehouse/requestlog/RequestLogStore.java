package io.gatehouse.requestlog;

import java.util.List;

/** Persistence port for log entries, within the tenant bound to the current thread. */
interface RequestLogStore {

    /** Stores the entries of the current tenant; an entry whose id is already stored is skipped. */
    void insert(List<RequestLogEntry> entries);
}
