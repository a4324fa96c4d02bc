package io.gatehouse.authserver;

import java.util.List;

/** A page of a client's live sessions, newest first; {@code total} counts all of them. */
public record SessionPage(List<ClientSession> items, int total, int offset, int limit) {

    public SessionPage {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + items.size() < total;
    }

    public int previousOffset() {
        return Math.max(0, offset - limit);
    }

    public int nextOffset() {
        return offset + limit;
    }
}
