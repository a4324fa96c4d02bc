package io.gatehouse.tenancy;

import java.util.List;

/**
 * A writer's own way to store rows committed, one call at a time, for a writer that only appends (new sessions).
 * Opened by {@link CommittedInsertsFactory}: on PostgreSQL a {@link CopyConnection} beside the pool, elsewhere a
 * transaction of the pool per call. Either way the rows are stamped with the current tenant as by
 * {@link TenantJdbc#insertAll}.
 */
public interface CommittedInserts extends AutoCloseable {

    /**
     * Stores every row and commits them, or stores none: a refused row (a duplicate key, a value too long) refuses
     * them all with a {@link org.springframework.dao.DataIntegrityViolationException}. When the database cannot be
     * reached the call fails and the rows' fate is unknown, as for any statement whose answer was lost: they were
     * stored or not, never twice.
     */
    void insertAll(BulkInsert insert, List<Object[]> rows);

    /** Releases what the writer holds (its connection); a later call opens it again. */
    @Override
    void close();
}
