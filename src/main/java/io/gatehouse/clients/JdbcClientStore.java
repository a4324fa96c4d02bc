package io.gatehouse.clients;

import static io.gatehouse.tenancy.TenantJdbc.instant;
import static io.gatehouse.tenancy.TenantJdbc.nullableLong;
import static io.gatehouse.tenancy.TenantJdbc.ts;
import static io.gatehouse.tenancy.TenantJdbc.words;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.shared.Caches;
import io.gatehouse.shared.InvalidatedCache;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

/**
 * Clients are read on every token request and every API call, so lookups by key are cached per node, keyed
 * {@code tenant:pk}; every insert and update announces that key to every node (docs/decisions.md). A client
 * id never changes nor moves to another row, so the lookup by client id keeps only which pk it names and
 * then reads the client through the same cache.
 */
@Repository
class JdbcClientStore implements ClientStore {

    private final TenantJdbc jdbc;
    private final InvalidatedCache<Long, OAuthClient> byPk;
    private final Cache<String, Long> pkByClientId = Caches.builder().maximumSize(10_000).build();

    JdbcClientStore(TenantJdbc jdbc, Caches caches) {
        this.jdbc = jdbc;
        this.byPk = caches.scoped("clients", TenantContext::id, false, pk -> load("id = :key", pk));
    }

    @Override
    public OAuthClient insert(OAuthClient c) {
        jdbc.sql("""
                insert into oauth_client (tenant_id, client_id, name, access_level, owner_user_id, owner_customer_id,
                    scopes, excluded_fields, expires_at, secret_hash, created_at, created_by, updated_at)
                values (:tenant, :clientId, :name, :level, :ownerUser, :ownerCustomer,
                    :scopes, :excluded, :expiresAt, :secretHash, :createdAt, :createdBy, :updatedAt)""")
                .param("clientId", c.clientId())
                .param("name", c.name())
                .param("level", c.accessLevel().name())
                .param("ownerUser", c.ownerUserId())
                .param("ownerCustomer", c.ownerCustomerId())
                .param("scopes", words(c.scopes()))
                .param("excluded", words(c.excludedFields()))
                .param("expiresAt", ts(c.expiresAt()))
                .param("secretHash", c.secretHash())
                .param("createdAt", ts(c.createdAt()))
                .param("createdBy", c.createdBy())
                .param("updatedAt", ts(c.updatedAt()))
                .update();
        OAuthClient inserted = load("client_id = :key", c.clientId()).orElseThrow();
        byPk.publish(inserted.id());
        return inserted;
    }

    @Override
    public void update(OAuthClient c) {
        jdbc.sql("""
                update oauth_client set name = :name, scopes = :scopes, excluded_fields = :excluded,
                    expires_at = :expiresAt, secret_hash = :secretHash, previous_secret_hash = :previousHash,
                    previous_secret_valid_until = :previousUntil, revoked_at = :revokedAt, updated_at = :updatedAt
                where tenant_id = :tenant and id = :id""")
                .param("name", c.name())
                .param("scopes", words(c.scopes()))
                .param("excluded", words(c.excludedFields()))
                .param("expiresAt", ts(c.expiresAt()))
                .param("secretHash", c.secretHash())
                .param("previousHash", c.previousSecretHash())
                .param("previousUntil", ts(c.previousSecretValidUntil()))
                .param("revokedAt", ts(c.revokedAt()))
                .param("updatedAt", ts(c.updatedAt()))
                .param("id", c.id())
                .update();
        byPk.publish(c.id());
    }

    @Override
    public Optional<OAuthClient> findById(long id) {
        return byPk.get(id);
    }

    @Override
    public Optional<OAuthClient> findByClientId(String clientId) {
        String key = TenantContext.id() + ":" + clientId;
        Long pk = pkByClientId.getIfPresent(key);
        if (pk != null) {
            return findById(pk).filter(client -> client.clientId().equals(clientId));
        }
        Optional<OAuthClient> found = load("client_id = :key", clientId);
        found.ifPresent(client -> pkByClientId.put(key, client.id()));
        return found;
    }

    private Optional<OAuthClient> load(String condition, Object key) {
        return jdbc.sql("select * from oauth_client where tenant_id = :tenant and " + condition)
                .param("key", key).query(JdbcClientStore::map).optional();
    }

    @Override
    public List<OAuthClient> list() {
        return jdbc.sql("select * from oauth_client where tenant_id = :tenant order by created_at desc, id desc")
                .query(JdbcClientStore::map).list();
    }

    @Override
    public void appendAudit(long clientPk, Instant at, String actor, String action, String details) {
        jdbc.sql("""
                insert into client_audit (tenant_id, client_pk, at, actor, action, details)
                values (:tenant, :client, :at, :actor, :action, :details)""")
                .param("client", clientPk).param("at", ts(at)).param("actor", actor)
                .param("action", action).param("details", details)
                .update();
    }

    @Override
    public List<AuditEntry> audit(long clientPk) {
        return jdbc.sql("""
                select at, actor, action, details from client_audit
                where tenant_id = :tenant and client_pk = :client order by at desc, id desc""")
                .param("client", clientPk)
                .query((rs, n) -> new AuditEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("details")))
                .list();
    }

    private static OAuthClient map(ResultSet rs, int row) throws SQLException {
        return new OAuthClient(rs.getLong("id"), rs.getString("client_id"), rs.getString("name"),
                AccessLevel.valueOf(rs.getString("access_level")), nullableLong(rs, "owner_user_id"),
                nullableLong(rs, "owner_customer_id"), words(rs, "scopes"),
                words(rs, "excluded_fields"), instant(rs, "expires_at"), rs.getString("secret_hash"),
                rs.getString("previous_secret_hash"), instant(rs, "previous_secret_valid_until"),
                instant(rs, "revoked_at"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "updated_at"));
    }
}
