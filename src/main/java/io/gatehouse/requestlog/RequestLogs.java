package io.gatehouse.requestlog;

import java.util.Optional;

/** Reads the current tenant's request log, one client (or user token) at a time, for the Logs page. */
public interface RequestLogs {

    /** The most entries one page holds, whatever a caller asks for. */
    int MAX_PAGE_SIZE = 200;

    /**
     * The entries matching the filter, newest first ({@code at desc, id desc}), starting after the cursor
     * ({@code null}: from the newest). Keyset pagination: no offset, no count.
     */
    LogPage page(LogFilter filter, LogCursor after, int limit);

    /**
     * Requests over the filter's range by status class, in buckets of one minute or, for long ranges,
     * coarser ones (see {@link LogChart#bucketFor}). The filter must have both ends of its range.
     */
    LogChart chart(LogFilter filter);

    /** One entry of this subject, by request id; empty for another subject's or another tenant's. */
    Optional<RequestLogEntry> find(LogSubject subject, String requestId);
}
