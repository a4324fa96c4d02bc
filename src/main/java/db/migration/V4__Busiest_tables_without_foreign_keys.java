package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 5: the tables every token and every API call writes to keep no foreign keys (decisions §27).
 *
 * <p>PostgreSQL checks a foreign key with a trigger per row that looks the parent up and locks it: measured,
 * about a fifth of a session row's cost and a third of a request-log row's. What the keys guarded is guarded
 * where the rows are made: the one persistence layer stamps the tenant the request was resolved to, a
 * session's client is the client that just authenticated, and neither tenants nor clients are ever deleted.
 *
 * <p>Java, not SQL, because H2 names the keys it was given without a name by a counter ({@code CONSTRAINT_5}):
 * the names are read from the database's own metadata, on H2 and PostgreSQL alike.
 */
public class V4__Busiest_tables_without_foreign_keys extends BaseJavaMigration {

    private static final List<String> TABLES = List.of("oauth_session", "request_log", "request_log_minute");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String table : TABLES) {
            for (String key : foreignKeys(connection, table)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("alter table " + table + " drop constraint \"" + key + "\"");
                }
            }
        }
    }

    private static Set<String> foreignKeys(Connection connection, String table) throws SQLException {
        Set<String> keys = new LinkedHashSet<>(); // one row per column of a key
        try (ResultSet rows = connection.getMetaData().getImportedKeys(null, connection.getSchema(), table)) {
            while (rows.next()) {
                keys.add(rows.getString("FK_NAME"));
            }
        }
        return keys;
    }
}
