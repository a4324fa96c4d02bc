package io.gatehouse.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Announcements between nodes through PostgreSQL's {@code NOTIFY}, which is transactional: sent at commit,
 * dropped on rollback. One thread per node holds a connection of its own (not one of the pool's), listens and
 * applies what it hears; this node's own changes are applied locally as soon as their transaction completes,
 * without waiting for the round trip. While that connection is down announcements may be missed, so every
 * cache is emptied and read through until it is back (and emptied again then).
 */
final class PostgresCacheInvalidations implements CacheInvalidations, AutoCloseable {

    static final String CHANNEL = "gatehouse_cache";
    private static final Logger log = LoggerFactory.getLogger(PostgresCacheInvalidations.class);
    private static final int POLL_MILLIS = 500;
    /** A connection that silently went away is noticed by a query at least this often. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Duration RETRY_MAX = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final String url;
    private final Properties connectionProperties = new Properties();
    private final CacheListeners listeners = new CacheListeners();
    /** How the listener connection shows in pg_stat_activity; one per node. */
    private final String connectionName = "gatehouse-cache-listener-" + UUID.randomUUID().toString().substring(0, 8);
    private final Thread thread;
    private volatile boolean listening;
    private volatile boolean running = true;

    /** @param jdbc the application's connections, so that a publish joins the caller's transaction */
    PostgresCacheInvalidations(JdbcClient jdbc, String url, String username, String password) {
        this.jdbc = jdbc;
        this.url = url;
        if (username != null) {
            connectionProperties.setProperty("user", username);
        }
        if (password != null) {
            connectionProperties.setProperty("password", password);
        }
        connectionProperties.setProperty("ApplicationName", connectionName);
        connectionProperties.setProperty("tcpKeepAlive", "true");
        connectionProperties.setProperty("socketTimeout", String.valueOf(HEARTBEAT.multipliedBy(3).toSeconds()));
        thread = new Thread(this::run, "gatehouse-cache-listener");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void publish(String cache, String key) {
        String payload = CacheListeners.payload(cache, key);
        jdbc.sql("select pg_notify('" + CHANNEL + "', :payload)").param("payload", payload)
                .query((RowCallbackHandler) row -> { });
        CacheListeners.afterTransaction(() -> listeners.deliver(payload));
    }

    @Override
    public void listen(String cache, Listener listener) {
        listeners.add(cache, listener);
    }

    @Override
    public boolean listening() {
        return listening;
    }

    String connectionName() {
        return connectionName;
    }

    private void run() {
        Duration retry = Duration.ofMillis(100);
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Whatever changed while no one listened is unknown: start from empty caches.
                listeners.invalidateAll();
                listening = true;
                retry = Duration.ofMillis(100);
                log.info("Listening for cache invalidations on channel {}", CHANNEL);
                poll(connection);
            }
            catch (SQLException | RuntimeException ex) {
                if (running) {
                    log.warn("Cache invalidation listener lost its connection; caches read through until it is back: {}",
                            ex.getMessage());
                }
            }
            finally {
                if (listening) {
                    listening = false;
                    listeners.invalidateAll();
                }
            }
            retry = pause(retry);
        }
    }

    private void poll(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastHeartbeat = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    listeners.deliver(notification.getParameter());
                }
            }
            if (System.nanoTime() - lastHeartbeat > HEARTBEAT.toNanos()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                lastHeartbeat = System.nanoTime();
            }
        }
    }

    private Duration pause(Duration retry) {
        if (!running) {
            return retry;
        }
        try {
            Thread.sleep(retry.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration next = retry.multipliedBy(2);
        return next.compareTo(RETRY_MAX) > 0 ? RETRY_MAX : next;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(Duration.ofSeconds(5).toMillis());
    }
}
