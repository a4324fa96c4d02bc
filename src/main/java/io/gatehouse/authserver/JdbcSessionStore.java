package io.gatehouse.authserver;

import static io.gatehouse.tenancy.TenantJdbc.instant;
import static io.gatehouse.tenancy.TenantJdbc.ts;
import static io.gatehouse.tenancy.TenantJdbc.words;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;

import io.gatehouse.shared.Caches;
import io.gatehouse.shared.InvalidatedCache;
import io.gatehouse.tenancy.BulkInsert;
import io.gatehouse.tenancy.CommittedInserts;
import io.gatehouse.tenancy.CommittedInsertsFactory;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.UseCount;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Sessions are looked up by token hash on every API call, so that look-up is cached per node like clients
 * (docs/decisions.md §20, §22): which session a token hash names never changes and is kept as such; the
 * session itself is cached by {@code tenant:id}, and every revocation announces its id (or, for all of a
 * client's sessions, the whole tenant's) to every node before it returns. Expiry needs no announcement: it is
 * judged against the clock on every request.
 */
@Repository
class JdbcSessionStore implements SessionStore, DisposableBean {

    /** What PostgreSQL shows for the new sessions' own connection. */
    static final String COPY_CONNECTION_NAME = "gatehouse-session-inserts";

    private static final int MAX_USER_AGENT = 500;
    private static final int MAX_IP = 64;

    private static final BulkInsert ROWS = new BulkInsert("oauth_session", List.of("id", "client_pk", "token_hash",
            "scopes", "issued_at", "expires_at", "requester_ip", "user_agent"));
    private static final String INSERT = ROWS.insertSql();

    private final TenantJdbc jdbc;
    private final InvalidatedCache<String, SessionRecord> byId;
    private final Cache<String, String> idByTokenHash = Caches.builder().maximumSize(10_000).build();
    /** New sessions' own connection on PostgreSQL, a pooled transaction per batch elsewhere. */
    private final CommittedInserts inserts;

    JdbcSessionStore(TenantJdbc jdbc, Caches caches, CommittedInsertsFactory inserts) {
        this.jdbc = jdbc;
        this.byId = caches.scoped("sessions", TenantContext::id, false, this::findById);
        this.inserts = inserts.open(COPY_CONNECTION_NAME);
    }

    @Override
    public void insert(SessionRecord s) {
        jdbc.sql(INSERT).params(ROWS.named(row(s))).update();
    }

    /**
     * All rows are stored and committed, or none: on PostgreSQL one COPY on the sessions' own connection
     * (decisions §26), elsewhere a JDBC batch in one transaction. Once committed they are cached on this node, so
     * a token's first use here reads no row: a client that takes a token for every call costs one read less.
     */
    @Override
    public void insertAll(List<SessionRecord> sessions) {
        byId.writeAndKeep(sessions, SessionRecord::id,
                () -> inserts.insertAll(ROWS, sessions.stream().map(JdbcSessionStore::row).toList()));
        sessions.forEach(session -> idByTokenHash.put(hashKey(session.tokenHash()), session.id()));
    }

    @Override
    public void destroy() {
        inserts.close();
    }

    /** In the order of {@link #ROWS}' columns. */
    private static Object[] row(SessionRecord s) {
        return new Object[] {s.id(), s.clientPk(), s.tokenHash(), words(s.scopes()), s.issuedAt(), s.expiresAt(),
                truncate(s.requesterIp(), MAX_IP), truncate(s.userAgent(), MAX_USER_AGENT)};
    }

    /**
     * A token's first use on this node reads its session by hash, keeps it in the cache and remembers which
     * session that is; later uses read the session through the cache, where a revocation announced by any node
     * removes it.
     */
    @Override
    public Optional<SessionRecord> findByTokenHash(String tokenHash) {
        String hashKey = hashKey(tokenHash);
        String id = idByTokenHash.getIfPresent(hashKey);
        if (id != null) {
            Optional<SessionRecord> session = byId.get(id);
            return session.isPresent() && session.get().tokenHash().equals(tokenHash) ? session : Optional.empty();
        }
        Optional<SessionRecord> found = byId.load(() -> jdbc.sql(
                        "select * from oauth_session where tenant_id = :tenant and token_hash = :hash")
                .param("hash", tokenHash).query(JdbcSessionStore::map).optional(), SessionRecord::id);
        found.ifPresent(session -> idByTokenHash.put(hashKey, session.id()));
        return found;
    }

    /** A token hash is unique in the table, but a node caches every tenant's: its key carries the tenant. */
    private static String hashKey(String tokenHash) {
        return TenantContext.id() + ":" + tokenHash;
    }

    /** Read from the database, with its usage counts as they are there now. */
    @Override
    public Optional<SessionRecord> findById(String id) {
        return jdbc.sql("select * from oauth_session where tenant_id = :tenant and id = :id")
                .param("id", id).query(JdbcSessionStore::map).optional();
    }

    @Override
    public List<SessionRecord> listLive(long clientPk, Instant now) {
        return jdbc.sql("""
                select * from oauth_session
                where tenant_id = :tenant and client_pk = :clientPk and revoked_at is null and expires_at > :now
                order by issued_at desc, id desc""")
                .param("clientPk", clientPk).param("now", ts(now))
                .query(JdbcSessionStore::map).list();
    }

    @Override
    public List<SessionRecord> listLive(long clientPk, Instant now, int offset, int limit) {
        return jdbc.sql("""
                select * from oauth_session
                where tenant_id = :tenant and client_pk = :clientPk and revoked_at is null and expires_at > :now
                order by issued_at desc, id desc
                limit :limit offset :offset""")
                .param("clientPk", clientPk).param("now", ts(now)).param("limit", limit).param("offset", offset)
                .query(JdbcSessionStore::map).list();
    }

    @Override
    public Map<Long, ClientUsage> usage(Instant now) {
        Map<Long, ClientUsage> usage = new HashMap<>();
        jdbc.sql("""
                select client_pk,
                    sum(case when revoked_at is null and expires_at > :now then 1 else 0 end) as live,
                    max(last_used_at) as last_used_at
                from oauth_session where tenant_id = :tenant group by client_pk""")
                .param("now", ts(now))
                .query((RowCallbackHandler) rs -> usage.put(rs.getLong("client_pk"),
                        new ClientUsage(rs.getInt("live"), instant(rs, "last_used_at"))));
        return usage;
    }

    @Override
    public int countLive(long clientPk, Instant now) {
        return jdbc.sql("""
                select count(*) from oauth_session
                where tenant_id = :tenant and client_pk = :clientPk and revoked_at is null and expires_at > :now""")
                .param("clientPk", clientPk).param("now", ts(now))
                .query(Integer.class).single();
    }

    @Override
    public boolean revoke(String id, Instant at) {
        boolean revoked = jdbc.sql("""
                update oauth_session set revoked_at = :at
                where tenant_id = :tenant and id = :id and revoked_at is null""")
                .param("at", ts(at)).param("id", id)
                .update() > 0;
        byId.publish(id);
        return revoked;
    }

    @Override
    public boolean revokeLive(long clientPk, String id, Instant at) {
        boolean revoked = jdbc.sql("""
                update oauth_session set revoked_at = :at
                where tenant_id = :tenant and client_pk = :clientPk and id = :id and revoked_at is null
                    and expires_at > :at""")
                .param("at", ts(at)).param("clientPk", clientPk).param("id", id)
                .update() > 0;
        byId.publish(id);
        return revoked;
    }

    /** One announcement for the tenant rather than one per session: a client may have thousands. */
    @Override
    public int revokeLive(long clientPk, Instant at) {
        int revoked = jdbc.sql("""
                update oauth_session set revoked_at = :at
                where tenant_id = :tenant and client_pk = :clientPk and revoked_at is null and expires_at > :at""")
                .param("at", ts(at)).param("clientPk", clientPk)
                .update();
        byId.publishScope();
        return revoked;
    }

    /** Additive, so the counts of several nodes add up; in the usage recorder's transaction (all or none). */
    @Override
    public void addUses(List<UseCount<String>> uses) {
        jdbc.batch("""
                update oauth_session set request_count = request_count + :count,
                    last_used_at = greatest(coalesce(last_used_at, :at), :at)
                where tenant_id = :tenant and id = :id""",
                uses.stream().map(UseCount::row).toList());
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static SessionRecord map(ResultSet rs, int row) throws SQLException {
        return new SessionRecord(rs.getString("id"), rs.getLong("client_pk"), rs.getString("token_hash"),
                words(rs, "scopes"),
                instant(rs, "issued_at"), instant(rs, "expires_at"), rs.getString("requester_ip"),
                rs.getString("user_agent"), instant(rs, "revoked_at"), instant(rs, "last_used_at"),
                rs.getLong("request_count"));
    }
}
