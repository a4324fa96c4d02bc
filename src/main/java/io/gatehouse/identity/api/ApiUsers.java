package io.gatehouse.identity.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

/**
 * The tenant's console users, read for the API. Its own query rather than the user directory's, so that the
 * columns the API may ever show are named here and the password hash is never selected.
 */
@Repository
class ApiUsers {

    static final QuerySpec QUERY = QuerySpec.of("user", "u.id", "username")
            .field("username", "u.username", Type.TEXT)
            .field("name", "u.display_name", Type.TEXT)
            .field("email", "u.email", Type.TEXT)
            .field("role", "u.role", Type.TEXT)
            .field("active", "u.active", Type.BOOLEAN);

    private static final String COLUMNS = """
            select u.id, u.username, u.display_name, u.email, u.role, u.active
            from console_user u where u.tenant_id = :tenant""";

    private final TenantJdbc jdbc;

    ApiUsers(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserRecord> find(long id) {
        return jdbc.sql(COLUMNS + " and u.id = :id").param("id", id).query(ApiUsers::map).optional();
    }

    List<UserRecord> list(ListQuery query) {
        return query.page(jdbc, COLUMNS, Map.of(), ApiUsers::map);
    }

    long count(ListQuery query) {
        return query.total(jdbc, COLUMNS, Map.of());
    }

    private static UserRecord map(ResultSet rs, int row) throws SQLException {
        return new UserRecord(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("role"), rs.getBoolean("active"));
    }
}
