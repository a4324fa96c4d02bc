package io.gatehouse.requestlog;

import java.util.List;

import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

@Repository
class JdbcRequestLogStore implements RequestLogStore {

    private final TenantJdbc jdbc;

    JdbcRequestLogStore(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(List<RequestLogEntry> entries) {
        for (RequestLogEntry e : entries) {
            jdbc.sql("""
                    insert into request_log (tenant_id, id, at, client_pk, user_token_id, session_id, method, path,
                        query, status, latency_micros, response_bytes, ip, user_agent, reason_code, reason_sentence)
                    values (:tenant, :id, :at, :client, :userToken, :session, :method, :path, :query, :status,
                        :latency, :bytes, :ip, :agent, :code, :sentence)
                    on conflict do nothing""")
                    .param("id", e.id()).param("at", TenantJdbc.ts(e.at())).param("client", e.clientPk())
                    .param("userToken", e.userTokenId()).param("session", e.sessionId()).param("method", e.method())
                    .param("path", e.path()).param("query", e.query()).param("status", e.status())
                    .param("latency", e.latencyMicros()).param("bytes", e.responseBytes()).param("ip", e.ip())
                    .param("agent", e.userAgent()).param("code", e.reasonCode()).param("sentence", e.reasonSentence())
                    .update();
        }
    }
}
