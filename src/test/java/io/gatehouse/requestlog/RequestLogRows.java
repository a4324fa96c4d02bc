package io.gatehouse.requestlog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.springframework.beans.factory.BeanFactory;

/**
 * Writes request log rows through the log's own store (rows and per-minute counts), without the writer's
 * queue, for tests of the pages and queries that read them (the writer has tests of its own). Rows are valid by default; tests change what they are about.
 */
public final class RequestLogRows {

    private final RequestLogStore store;
    private final TenantDirectory tenants;

    /** @param beans the application's: its store is internal to the log's module, so it is looked up here */
    public RequestLogRows(BeanFactory beans) {
        this.store = beans.getBean(RequestLogStore.class);
        this.tenants = beans.getBean(TenantDirectory.class);
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
        TenantContext.runAs(tenants.find(tenant).orElseThrow(), () -> store.insert(List.of(
                new RequestLogEntry(tenant, row.id(), row.at(), row.clientPk(), row.sessionId(), row.userTokenId(),
                        row.method(), row.path(), row.query(), row.status(), row.latencyMicros(), row.bytes(),
                        row.ip(), row.userAgent(), row.reasonCode(), row.reasonSentence()))));
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
