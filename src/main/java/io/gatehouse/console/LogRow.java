package io.gatehouse.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.gatehouse.requestlog.RequestLogEntry;

import org.springframework.http.HttpStatus;

/** A request log entry as the Logs page shows it: status in words, latency in milliseconds, UTC times. */
record LogRow(String id, Instant at, String time, String preciseTime, int status, String statusText,
        String statusClass, String method, String path, String query, String sessionId, String latency,
        String bytes, String ip, String userAgent, String reasonCode, String reasonSentence) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PRECISE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss.SSSSSS 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static LogRow of(RequestLogEntry e) {
        HttpStatus known = HttpStatus.resolve(e.status());
        String statusText = known == null ? String.valueOf(e.status()) : e.status() + " " + known.getReasonPhrase();
        return new LogRow(e.id(), e.at(), TIME.format(e.at()), PRECISE_TIME.format(e.at()), e.status(), statusText,
                e.statusClass() + "xx", e.method(), e.path(), e.query(), e.sessionId(),
                String.format(Locale.ENGLISH, "%,.1f ms", e.latencyMicros() / 1000.0),
                String.format(Locale.ENGLISH, "%,d", e.responseBytes()), e.ip(), e.userAgent(), e.reasonCode(),
                e.reasonSentence());
    }

    /** The policy (or the authorization server) refused the request, and said why. */
    public boolean refused() {
        return reasonCode != null;
    }

    public String pathAndQuery() {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** The first block of the session id: enough to tell a client's sessions apart in a table. */
    public String sessionShort() {
        if (sessionId == null) {
            return null;
        }
        int dash = sessionId.indexOf('-');
        return dash > 0 ? sessionId.substring(0, dash) : sessionId.substring(0, Math.min(8, sessionId.length()));
    }
}
