package io.gatehouse.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.gatehouse.shared.Caches;
import io.gatehouse.shared.InvalidatedCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tenants are read on every request, so they are cached, unknown ids included (scanners probe host names).
 * Every change publishes the tenant's id: this node evicts it when the change completes, every other node
 * when it hears the announcement (milliseconds on PostgreSQL), so the API's kill switch holds everywhere at
 * once. Only {@link #create} adds a tenant, so a cached absence is announced away too.
 */
@Repository
class JdbcTenantDirectory implements TenantDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Keyed by tenant id. */
    private final InvalidatedCache<String, Tenant> cache;

    JdbcTenantDirectory(JdbcClient jdbc, Clock clock, Caches caches) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = caches.named("tenants", true, this::load);
    }

    @Override
    public Optional<Tenant> find(String id) {
        if (!TenantIds.isValid(id)) {
            return Optional.empty();
        }
        return cache.get(id);
    }

    private Optional<Tenant> load(String id) {
        // The tenant table is keyed by the tenant itself: its id is the tenant column.
        return jdbc.sql("select * from tenant where id = :id")
                .param("id", id)
                .query(JdbcTenantDirectory::tenant)
                .optional();
    }

    @Override
    public List<Tenant> all() {
        return jdbc.sql("select * from tenant order by id").query(JdbcTenantDirectory::tenant).list();
    }

    private static Tenant tenant(ResultSet rs, int row) throws SQLException {
        return new Tenant(rs.getString("id"), rs.getString("name"), rs.getBoolean("api_enabled"),
                Duration.ofSeconds(rs.getInt("access_token_ttl_seconds")), rs.getInt("log_retention_days"));
    }

    @Override
    public Tenant create(String id, String name) {
        if (!TenantIds.isValid(id)) {
            throw new IllegalArgumentException("A tenant id is one lower-case DNS label, got: " + id);
        }
        jdbc.sql("insert into tenant (id, name, created_at) values (:id, :name, :now)")
                .param("id", id)
                .param("name", name)
                .param("now", TenantJdbc.ts(clock.instant()))
                .update();
        cache.publish(id);
        return find(id).orElseThrow();
    }

    @Override
    public Tenant updateSettings(boolean apiEnabled, Duration accessTokenTtl, int logRetentionDays) {
        String id = TenantContext.id();
        jdbc.sql("""
                update tenant set api_enabled = :enabled, access_token_ttl_seconds = :ttl, log_retention_days = :days
                where id = :id""")
                .param("enabled", apiEnabled)
                .param("ttl", (int) accessTokenTtl.toSeconds())
                .param("days", logRetentionDays)
                .param("id", id)
                .update();
        cache.publish(id);
        return find(id).orElseThrow();
    }
}
