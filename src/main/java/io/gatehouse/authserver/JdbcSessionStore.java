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

import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.UseCount;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcSessionStore implements SessionStore {

    private static final int MAX_USER_AGENT = 500;
    private static final int MAX_IP = 64;

    private static final String INSERT = """
            insert into oauth_session (tenant_id, id, client_pk, token_hash, scopes, issued_at, expires_at,
                requester_ip, user_agent)
            values (:tenant, :id, :clientPk, :tokenHash, :scopes, :issuedAt, :expiresAt, :ip, :userAgent)""";

    private final TenantJdbc jdbc;

    JdbcSessionStore(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(SessionRecord s) {
        jdbc.sql(INSERT).params(row(s)).update();
    }

    /** One JDBC batch in one transaction: all rows are stored, or none. */
    @Override
    @Transactional
    public void insertAll(List<SessionRecord> sessions) {
        jdbc.batch(INSERT, sessions.stream().map(JdbcSessionStore::row).toList());
    }

    private static Map<String, Object> row(SessionRecord s) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", s.id());
        row.put("clientPk", s.clientPk());
        row.put("tokenHash", s.tokenHash());
        row.put("scopes", words(s.scopes()));
        row.put("issuedAt", ts(s.issuedAt()));
        row.put("expiresAt", ts(s.expiresAt()));
        row.put("ip", truncate(s.requesterIp(), MAX_IP));
        row.put("userAgent", truncate(s.userAgent(), MAX_USER_AGENT));
        return row;
    }

    @Override
    public Optional<SessionRecord> findByTokenHash(String tokenHash) {
        return jdbc.sql("select * from oauth_session where tenant_id = :tenant and token_hash = :hash")
                .param("hash", tokenHash).query(JdbcSessionStore::map).optional();
    }

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
        return jdbc.sql("""
                update oauth_session set revoked_at = :at
                where tenant_id = :tenant and id = :id and revoked_at is null""")
                .param("at", ts(at)).param("id", id)
                .update() > 0;
    }

    @Override
    public boolean revokeLive(long clientPk, String id, Instant at) {
        return jdbc.sql("""
                update oauth_session set revoked_at = :at
                where tenant_id = :tenant and client_pk = :clientPk and id = :id and revoked_at is null
                    and expires_at > :at""")
                .param("at", ts(at)).param("clientPk", clientPk).param("id", id)
                .update() > 0;
    }

    @Override
    public int revokeLive(long clientPk, Instant at) {
        return jdbc.sql("""
                update oauth_session set revoked_at = :at
                where tenant_id = :tenant and client_pk = :clientPk and revoked_at is null and expires_at > :at""")
                .param("at", ts(at)).param("clientPk", clientPk)
                .update();
    }

    /** Additive, so the counts of several nodes add up; one transaction, so a failed batch can be sent again. */
    @Override
    @Transactional
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
