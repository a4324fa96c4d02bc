package io.gatehouse.support;

import java.time.Instant;
import java.util.UUID;

import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;

/**
 * Writes request log rows straight into a tenant's table, for tests of the pages and queries that read
 * them (the log writer has tests of its own). Rows are valid by default; tests change what they are about.
 */
public final class RequestLogRows {

    private final TenantJdbc jdbc;
    private final TenantDirectory tenants;

    public RequestLogRows(TenantJdbc jdbc, TenantDirectory tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    /** A successful GET of /api/v3/orders by the client at the given time. */
    public static Row client(long clientPk, Instant at) {
        return new Row(UUID.randomUUID().toString(), at, clientPk, null, null, "GET", "/api/v3/orders", null, 200,
                1_500, 512, "127.0.0.1", "test-agent/1.0", null, null);
    }

    public static Row userToken(long userTokenId, Instant at) {
        return new Row(UUID.randomUUID().toString(), at, null, userTokenId, null, "GET", "/api/v3/orders", null, 200,
                1_500, 512, "127.0.0.1", "test-agent/1.0", null, null);
    }

    public Row insert(String tenant, Row row) {
        TenantContext.runAs(tenants.find(tenant).orElseThrow(), () -> jdbc.sql("""
                insert into request_log (tenant_id, id, at, client_pk, user_token_id, session_id, method, path,
                    query, status, latency_micros, response_bytes, ip, user_agent, reason_code, reason_sentence)
                values (:tenant, :id, :at, :client, :userToken, :session, :method, :path, :query, :status,
                    :latency, :bytes, :ip, :agent, :code, :sentence)""")
                .param("id", row.id()).param("at", TenantJdbc.ts(row.at())).param("client", row.clientPk())
                .param("userToken", row.userTokenId()).param("session", row.sessionId())
                .param("method", row.method()).param("path", row.path()).param("query", row.query())
                .param("status", row.status()).param("latency", row.latencyMicros()).param("bytes", row.bytes())
                .param("ip", row.ip()).param("agent", row.userAgent()).param("code", row.reasonCode())
                .param("sentence", row.reasonSentence())
                .update());
        return row;
    }

    /** One row; {@code at} should be whole microseconds, as the database keeps them. */
    public record Row(String id, Instant at, Long clientPk, Long userTokenId, String sessionId, String method,
            String path, String query, int status, long latencyMicros, long bytes, String ip, String userAgent,
            String reasonCode, String reasonSentence) {

        public Row id(String newId) {
            return new Row(newId, at, clientPk, userTokenId, sessionId, method, path, query, status, latencyMicros,
                    bytes, ip, userAgent, reasonCode, reasonSentence);
        }

        public Row session(String newSessionId) {
            return new Row(id, at, clientPk, userTokenId, newSessionId, method, path, query, status, latencyMicros,
                    bytes, ip, userAgent, reasonCode, reasonSentence);
        }

        public Row request(String newMethod, String newPath, String newQuery) {
            return new Row(id, at, clientPk, userTokenId, sessionId, newMethod, newPath, newQuery, status,
                    latencyMicros, bytes, ip, userAgent, reasonCode, reasonSentence);
        }

        public Row userAgent(String newUserAgent) {
            return new Row(id, at, clientPk, userTokenId, sessionId, method, path, query, status, latencyMicros,
                    bytes, ip, newUserAgent, reasonCode, reasonSentence);
        }

        /** Refused (or failed) with this status and, when the policy refused, its reason. */
        public Row refused(int newStatus, String code, String sentence) {
            return new Row(id, at, clientPk, userTokenId, sessionId, method, path, query, newStatus, latencyMicros,
                    bytes, ip, userAgent, code, sentence);
        }
    }
}
