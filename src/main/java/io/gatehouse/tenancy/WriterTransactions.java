package io.gatehouse.tenancy;

/**
 * A background writer's own transactions, for a writer whose batches need more than {@link CommittedInserts}' one
 * statement (the request log: its rows and their per-minute counts, committed together). Opened by
 * {@link CommittedInsertsFactory}: on PostgreSQL on a connection of the writer's own beside the pool, so that the
 * writer never holds one the requests wait for (docs/decisions.md §45); elsewhere in the pool's transactions.
 * Either way {@link #jdbc()} stamps and filters the tenant as {@link TenantJdbc} always does.
 */
public interface WriterTransactions extends AutoCloseable {

    /** When a commit returns. */
    enum Commits {
        /** After its WAL is on disk, as every other transaction of the application. */
        DURABLE,
        /**
         * Before its WAL is on disk, on PostgreSQL (H2 has no such choice): for rows that may be lost in a crash of
         * PostgreSQL or its machine, within about three WAL-writer delays (600 ms by default) of it
         * ({@link TenantJdbc#commitWithoutWaitingForDisk}).
         */
        WITHOUT_WAITING_FOR_DISK
    }

    /** The statements of the writer's transactions: used inside {@link #inTransaction} only. */
    TenantJdbc jdbc();

    /**
     * Runs the work in one transaction, committed when it returns and rolled back when it throws, which it
     * rethrows. Nested calls join the outer transaction.
     */
    void inTransaction(Runnable work);

    /** Releases the writer's connection, at shutdown: no transaction runs after. */
    @Override
    void close();
}
