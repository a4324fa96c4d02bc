package io.gatehouse.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Repository;

@Repository
class JdbcTenantAudit implements TenantAudit {

    private static final String SELECT =
            "select at, actor, action, details from tenant_audit where tenant_id = :tenant ";

    private final TenantJdbc jdbc;
    private final Clock clock;

    JdbcTenantAudit(TenantJdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, String details) {
        jdbc.sql("insert into tenant_audit (tenant_id, at, actor, action, details) "
                + "values (:tenant, :at, :actor, :action, :details)")
                .param("at", TenantJdbc.ts(clock.instant())).param("actor", actor).param("action", action)
                .param("details", details).update();
    }

    @Override
    public List<Entry> recent(int limit) {
        return jdbc.sql(SELECT + "order by at desc, id desc limit :limit")
                .param("limit", limit).query(JdbcTenantAudit::entry).list();
    }

    @Override
    public List<Entry> recent(int limit, Collection<String> actions) {
        if (actions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "and action in (:actions) order by at desc, id desc limit :limit")
                .param("actions", List.copyOf(actions)).param("limit", limit).query(JdbcTenantAudit::entry).list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(TenantJdbc.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("details"));
    }
}
