package io.gatehouse.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.gatehouse.shared.Caches;
import io.gatehouse.shared.InvalidatedCache;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * A client's owner is read on every token request and API call, and a console user on every console
 * request, so {@link #find(long)} is cached per node, keyed {@code tenant:id}; every write announces its user
 * to every node (docs/decisions.md). Absent ids are not cached: rows inserted elsewhere (the demo seed) need
 * no announcement.
 */
@Repository
class JdbcUserDirectory implements UserDirectory {

    private final TenantJdbc jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final InvalidatedCache<Long, ConsoleUser> byId;

    JdbcUserDirectory(TenantJdbc jdbc, PasswordEncoder passwordEncoder, Clock clock, Caches caches) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.byId = caches.scoped("users", TenantContext::id, false, this::read);
    }

    @Override
    public Optional<ConsoleUser> find(long id) {
        return byId.get(id);
    }

    private Optional<ConsoleUser> read(long id) {
        return jdbc.sql("select * from console_user where tenant_id = :tenant and id = :id")
                .param("id", id).query(JdbcUserDirectory::map).optional();
    }

    @Override
    public Optional<ConsoleUser> findByUsername(String username) {
        return jdbc.sql("select * from console_user where tenant_id = :tenant and username = :username")
                .param("username", username).query(JdbcUserDirectory::map).optional();
    }

    /** The stored password hash, for login only. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from console_user where tenant_id = :tenant and username = :username")
                .param("username", username).query(String.class).optional();
    }

    @Override
    public List<ConsoleUser> list() {
        return jdbc.sql("select * from console_user where tenant_id = :tenant order by active desc, display_name, id")
                .query(JdbcUserDirectory::map).list();
    }

    @Override
    public ConsoleUser create(String username, String displayName, String email, String rawPassword, Role role) {
        jdbc.sql("""
                insert into console_user (tenant_id, username, display_name, email, password_hash, role, active, created_at)
                values (:tenant, :username, :displayName, :email, :hash, :role, true, :now)""")
                .param("username", username)
                .param("displayName", displayName)
                .param("email", email)
                .param("hash", passwordEncoder.encode(rawPassword))
                .param("role", role.name())
                .param("now", TenantJdbc.ts(clock.instant()))
                .update();
        ConsoleUser created = findByUsername(username).orElseThrow();
        byId.publish(created.id());
        return created;
    }

    @Override
    public void setActive(long id, boolean active) {
        jdbc.sql("update console_user set active = :active where tenant_id = :tenant and id = :id")
                .param("active", active).param("id", id).update();
        byId.publish(id);
    }

    private static ConsoleUser map(ResultSet rs, int row) throws SQLException {
        return new ConsoleUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"));
    }
}
