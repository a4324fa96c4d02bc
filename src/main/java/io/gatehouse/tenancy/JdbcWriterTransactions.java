package io.gatehouse.tenancy;

import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A writer's transactions: on PostgreSQL on a connection of its own beside the pool (docs/decisions.md §45), else
 * the pool's. The own connection is a pool of one with the application pool's database, credentials, driver
 * properties (so the same plan cache mode), schema, initial statement and timeouts: the pool checks it before use
 * after idling and replaces it when the database let it go, as for the requests' connections. It is opened on the
 * first transaction, not at start, and PostgreSQL shows it under the writer's name. Commits that need not wait for the
 * disk are set so once for the own connection, when it opens, rather than by a statement (one round trip, one
 * wake-up of the writer on a virtual machine) in every transaction (docs/decisions.md §48).
 */
final class JdbcWriterTransactions implements WriterTransactions {

    private final TenantJdbc jdbc;
    private final TransactionOperations transactions;
    private final HikariDataSource own; // null on the pool's transactions
    /** Whether each transaction relaxes its own commit: on the pool's, whose connections must stay durable. */
    private final boolean relaxEach;

    private JdbcWriterTransactions(TenantJdbc jdbc, TransactionOperations transactions, HikariDataSource own,
            boolean relaxEach) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.own = own;
        this.relaxEach = relaxEach;
    }

    /** The pool's transactions and the application's {@link TenantJdbc}. */
    static WriterTransactions onPool(TenantJdbc jdbc, TransactionOperations transactions, Commits commits) {
        return new JdbcWriterTransactions(jdbc, transactions, null, commits == Commits.WITHOUT_WAITING_FOR_DISK);
    }

    /**
     * @param name what PostgreSQL shows for the connection ({@code application_name}) and the pool's name
     * @return empty when the application pool is not one on PostgreSQL (H2, the embedded default)
     */
    static Optional<WriterTransactions> besidePool(DataSource pool, String name, Commits commits) {
        return PostgresPools.of(pool).map(hikari -> besidePool(hikari, name, commits));
    }

    private static WriterTransactions besidePool(HikariDataSource hikari, String name, Commits commits) {
        HikariDataSource own = new HikariDataSource(); // not started: it connects on first use
        own.setPoolName(name);
        own.setMaximumPoolSize(1);
        own.setMinimumIdle(1);
        own.setJdbcUrl(hikari.getJdbcUrl());
        own.setUsername(hikari.getUsername());
        own.setPassword(hikari.getPassword());
        if (hikari.getDriverClassName() != null) {
            own.setDriverClassName(hikari.getDriverClassName());
        }
        own.setSchema(hikari.getSchema());
        own.setConnectionInitSql(initSql(hikari.getConnectionInitSql(), commits));
        own.setConnectionTimeout(hikari.getConnectionTimeout());
        own.setValidationTimeout(hikari.getValidationTimeout());
        own.setMaxLifetime(hikari.getMaxLifetime());
        own.setKeepaliveTime(hikari.getKeepaliveTime());
        own.setDataSourceProperties(PostgresPools.driverProperties(hikari, name));
        return new JdbcWriterTransactions(new TenantJdbc(new NamedParameterJdbcTemplate(own)),
                new TransactionTemplate(new JdbcTransactionManager(own)), own, false);
    }

    /** The pool's initial statement, then the own connection's commit setting, in one round trip. */
    private static String initSql(String pools, Commits commits) {
        if (commits == Commits.DURABLE) {
            return pools;
        }
        String relaxed = "set synchronous_commit to off";
        return pools == null || pools.isBlank() ? relaxed : pools + ";\n" + relaxed;
    }

    @Override
    public TenantJdbc jdbc() {
        return jdbc;
    }

    @Override
    public void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> {
            if (relaxEach) {
                jdbc.commitWithoutWaitingForDisk();
            }
            work.run();
        });
    }

    /** The pool of one, empty on the pool's transactions: for tests. */
    Optional<HikariDataSource> ownConnection() {
        return Optional.ofNullable(own);
    }

    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }
}
