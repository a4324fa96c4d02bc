package io.gatehouse.tenancy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Many rows into one tenant-owned table, through {@link TenantJdbc#insertAll}: the table and its columns other
 * than {@code tenant_id}, which the persistence layer adds and stamps itself. A row is its values in the order of
 * these columns: no map per row on the paths that write one for every request (decisions §38), and no way for a row
 * to carry the tenant. A time is an {@link Instant}, stored as {@code timestamp with time zone}.
 */
public record BulkInsert(String table, List<String> columns) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public BulkInsert {
        columns = List.copyOf(columns);
        if (!IDENTIFIER.matcher(table).matches() || columns.isEmpty()
                || !columns.stream().allMatch(c -> IDENTIFIER.matcher(c).matches())) {
            throw new IllegalArgumentException("A table and columns as plain lower-case names: " + table + columns);
        }
        if (columns.contains(TenantJdbc.TENANT_COLUMN)) {
            throw new IllegalArgumentException("The tenant column is stamped from the current tenant only");
        }
    }

    /**
     * The row's values by column name, for the statement of {@link #insertSql()}; an {@link Instant} bound as
     * {@link TenantJdbc#ts}, so that it is stored as by {@link TenantJdbc#insertAll}'s {@code COPY}.
     */
    public Map<String, Object> named(Object[] row) {
        requireFits(row);
        Map<String, Object> named = new HashMap<>(columns.size() * 4 / 3 + 1);
        for (int i = 0; i < row.length; i++) {
            named.put(columns.get(i), row[i] instanceof Instant instant ? TenantJdbc.ts(instant) : row[i]);
        }
        return named;
    }

    /** Refuses a row that is not one value for each column. */
    void requireFits(Object[] row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException(
                    "A row of " + row.length + " values for the " + columns.size() + " columns " + columns);
        }
    }

    /** {@code insert into table (tenant_id, a, b) values (:tenant, :a, :b)}, for a batch or a single row. */
    public String insertSql() {
        return "insert into " + table + " (" + TenantJdbc.TENANT_COLUMN + ", " + String.join(", ", columns)
                + ") values (:tenant, " + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
    }

    /** PostgreSQL's {@code copy table (tenant_id, a, b) from stdin}, in its text format. */
    String copySql() {
        return "copy " + table + " (" + TenantJdbc.TENANT_COLUMN + ", " + String.join(", ", columns) + ") from stdin";
    }
}
