package io.gatehouse.requestlog;

import java.time.Instant;

/**
 * One logged request. Holds no Authorization header, secret or token: the query is redacted before it gets
 * here, and bodies are never read.
 *
 * @param id             the request id, also sent back as {@code X-Request-Id}; unique, so a retried write
 *                       never stores an entry twice
 * @param clientPk       the OAuth2 client, or {@code null} for a user token
 * @param sessionId      the session (access token) used or issued, when there is one; stored only if it is a
 *                       UUID, as every session's id is
 * @param userTokenId    the legacy user token used, or {@code null} for a client
 * @param query          the query string with secret values replaced, or {@code null} when there was none
 * @param latencyMicros  from the request entering Gatehouse to the response being complete
 * @param reasonCode     the policy's refusal code ({@code missing_scope}, {@code token_revoked}, …), or
 *                       {@code null} when the request was not refused
 * @param reasonSentence the refusal for a person: "needs orders:write; this client has orders:read"
 */
public record RequestLogEntry(String tenantId, String id, Instant at, Long clientPk, String sessionId,
        Long userTokenId, String method, String path, String query, int status, long latencyMicros,
        long responseBytes, String ip, String userAgent, String reasonCode, String reasonSentence) {

    /**
     * Values are cut to the widths of their columns here, once: so a queued entry holds no more than it can
     * store, and no request, however odd, has a value the database refuses.
     */
    public RequestLogEntry {
        method = cut(method, 16);
        path = cut(path, 2000);
        query = cut(query, 4000);
        ip = cut(ip, 64);
        userAgent = cut(userAgent, 500);
        reasonCode = cut(reasonCode, 64);
        reasonSentence = cut(reasonSentence, 1000);
    }

    /** 2 for 2xx, 4 for 4xx, 5 for 5xx: the status classes the Logs page filters and charts by. */
    public int statusClass() {
        return status / 100;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
