package io.gatehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * After the migrations (db/migration/V4, decisions §27): the tables every token and API call writes to have no
 * foreign keys, on H2 and PostgreSQL alike, and every other tenant table still references its tenant.
 */
@SpringBootTest
@ActiveProfiles("test")
class ForeignKeysTests {

    private static final Set<String> BUSIEST = Set.of("oauth_session", "request_log", "request_log_minute");

    @Autowired
    DataSource dataSource;

    @Test
    void migrateWhenDoneThenBusiestTablesHaveNoForeignKeys() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : BUSIEST) {
                assertThat(referenced(connection, table)).as(table).isEmpty();
            }
        }
    }

    @Test
    void migrateWhenDoneThenEveryOtherTenantTableReferencesTenant() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> others = tenantTables(connection).stream().filter(t -> !BUSIEST.contains(t)).toList();
            assertThat(others).contains("oauth_client", "user_token", "repair_order");
            for (String table : others) {
                assertThat(referenced(connection, table)).as(table).contains("tenant");
            }
        }
    }

    private static Set<String> referenced(Connection connection, String table) throws SQLException {
        Set<String> parents = new TreeSet<>();
        try (ResultSet keys = connection.getMetaData().getImportedKeys(null, connection.getSchema(), table)) {
            while (keys.next()) {
                parents.add(keys.getString("PKTABLE_NAME").toLowerCase());
            }
        }
        return parents;
    }

    private static List<String> tenantTables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet columns = meta.getColumns(null, connection.getSchema(), "%", "tenant_id")) {
            while (columns.next()) {
                tables.add(columns.getString("TABLE_NAME").toLowerCase());
            }
        }
        return tables;
    }
}
