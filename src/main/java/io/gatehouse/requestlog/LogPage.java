package io.gatehouse.requestlog;

import java.util.List;

/**
 * One page of entries, newest first.
 *
 * @param next where the following (older) page starts, or {@code null} when there are no older entries
 */
public record LogPage(List<RequestLogEntry> entries, LogCursor next) {

    public LogPage {
        entries = List.copyOf(entries);
    }

    public boolean hasOlder() {
        return next != null;
    }
}
