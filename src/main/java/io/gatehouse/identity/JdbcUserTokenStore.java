package io.gatehouse.identity;

import static io.gatehouse.tenancy.TenantJdbc.instant;
import static io.gatehouse.tenancy.TenantJdbc.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.UseCount;

import org.springframework.stereotype.Repository;

/** The {@code user_token} rows of the current tenant, each read with its user's name. */
@Repository
class JdbcUserTokenStore {

    private static final String SELECT = """
            select t.*, u.username, u.display_name from user_token t
            join console_user u on u.tenant_id = t.tenant_id and u.id = t.user_id
            where t.tenant_id = :tenant""";

    private final TenantJdbc jdbc;

    JdbcUserTokenStore(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The user must be one of the tenant's: the foreign key includes the tenant. */
    long insert(long userId, String label, String tokenHash, String hint, Instant createdAt, String createdBy) {
        return TenantJdbc.insertReturningId(jdbc.sql("""
                insert into user_token (tenant_id, user_id, label, token_hash, token_hint, created_at, created_by)
                values (:tenant, :userId, :label, :hash, :hint, :createdAt, :createdBy)""")
                .param("userId", userId).param("label", label).param("hash", tokenHash).param("hint", hint)
                .param("createdAt", ts(createdAt)).param("createdBy", createdBy));
    }

    List<UserToken> list() {
        return jdbc.sql(SELECT + " order by t.created_at desc, t.id desc").query(JdbcUserTokenStore::map).list();
    }

    Optional<UserToken> find(long id) {
        return jdbc.sql(SELECT + " and t.id = :id").param("id", id).query(JdbcUserTokenStore::map).optional();
    }

    Optional<UserToken> findByTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + " and t.token_hash = :hash").param("hash", tokenHash)
                .query(JdbcUserTokenStore::map).optional();
    }

    /** {@code false} when there is no live token with this id in the tenant. */
    boolean revoke(long id, Instant at) {
        return jdbc.sql("""
                update user_token set revoked_at = :at
                where tenant_id = :tenant and id = :id and revoked_at is null""")
                .param("at", ts(at)).param("id", id).update() > 0;
    }

    /**
     * Adds uses to the tokens' counts, additive so the counts of several nodes add up, and only ever moves
     * last_used_at forward; in the usage recorder's transaction, so a failed batch can be sent again.
     */
    void addUses(List<UseCount<Long>> uses) {
        jdbc.batch("""
                update user_token set request_count = request_count + :count,
                    last_used_at = greatest(coalesce(last_used_at, :at), :at)
                where tenant_id = :tenant and id = :id""",
                uses.stream().map(UseCount::row).toList());
    }

    private static UserToken map(ResultSet rs, int row) throws SQLException {
        return new UserToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"),
                rs.getString("display_name"), rs.getString("label"), rs.getString("token_hint"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "revoked_at"),
                instant(rs, "last_used_at"), rs.getLong("request_count"));
    }
}
