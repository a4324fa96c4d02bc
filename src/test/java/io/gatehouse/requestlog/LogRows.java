package io.gatehouse.requestlog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.support.LoggedRequests;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the request_log table holds, read directly (bypassing the tenant layer under test). */
final class LogRows {

    private final JdbcClient jdbc;

    LogRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows of the tenant with one of the ids, duplicates included. */
    int count(String tenant, Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from request_log where tenant_id = :tenant and id in (:ids)")
                .param("tenant", tenant).param("ids", uuids(ids)).query(Integer.class).single();
    }

    /** The rows' ids of the tenant among the given ones, once per row. */
    List<String> ids(String tenant, Collection<String> ids) {
        return jdbc.sql("select id from request_log where tenant_id = :tenant and id in (:ids)")
                .param("tenant", tenant).param("ids", uuids(ids)).query(String.class).list();
    }

    /** One row as column name → value, or an empty map. */
    Map<String, Object> row(String tenant, String id) {
        List<Map<String, Object>> rows = jdbc.sql("select * from request_log where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", UUID.fromString(id)).query().listOfRows();
        return rows.isEmpty() ? Map.of() : LoggedRequests.withTextIds(rows.get(0));
    }

    private static List<UUID> uuids(Collection<String> ids) {
        return ids.stream().map(UUID::fromString).toList();
    }
}
