package io.gatehouse.tenancy;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a background writer's own way to the database comes from: {@link CommittedInserts} for one statement per
 * batch, {@link WriterTransactions} for more. The choice between a connection of the writer's own on PostgreSQL
 * and the pool's transactions (H2, the embedded default) is made here, in the tenancy layer, once per writer.
 */
@Component
public class CommittedInsertsFactory {

    private final DataSource pool;
    private final TenantJdbc jdbc;
    private final TransactionOperations transactions;

    CommittedInsertsFactory(DataSource pool, TenantJdbc jdbc, PlatformTransactionManager transactions) {
        this.pool = pool;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * @param name what PostgreSQL shows for the writer's connection ({@code application_name} in
     *             {@code pg_stat_activity}); unused where the rows go through the pool
     */
    public CommittedInserts open(String name) {
        Optional<CopyConnection> copies = CopyConnection.besidePool(pool, name);
        return copies.isPresent() ? copies.get() : new PooledInserts();
    }

    /**
     * @param name what PostgreSQL shows for the writer's connection ({@code application_name} in
     *             {@code pg_stat_activity}); unused where the transactions are the pool's
     * @param commits when the writer's commits return
     */
    public WriterTransactions transactions(String name, WriterTransactions.Commits commits) {
        return JdbcWriterTransactions.besidePool(pool, name, commits)
                .orElseGet(() -> JdbcWriterTransactions.onPool(jdbc, transactions, commits));
    }

    /** Each call one transaction of the pool, in which {@link TenantJdbc#insertAll} stores the rows. */
    private final class PooledInserts implements CommittedInserts {

        @Override
        public void insertAll(BulkInsert insert, List<Object[]> rows) {
            transactions.executeWithoutResult(status -> jdbc.insertAll(insert, rows));
        }

        @Override
        public void close() {
            // Nothing held between calls.
        }
    }
}
