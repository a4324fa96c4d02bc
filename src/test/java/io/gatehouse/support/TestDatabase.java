package io.gatehouse.support;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database the build chose for the tests: PostgreSQL under {@code mvn -Ppostgres} (the
 * {@code spring.datasource.*} system properties the build passes), else the embedded H2. Tests that need a
 * connection of their own, or that only make sense on one of the two, ask here rather than read the
 * properties themselves.
 */
public final class TestDatabase {

    private static final String URL = System.getProperty("spring.datasource.url", "");

    private TestDatabase() {
    }

    public static boolean postgres() {
        return URL.startsWith("jdbc:postgresql:");
    }

    /** The PostgreSQL URL under {@code -Ppostgres}; empty on H2, where each test names its own database. */
    public static String url() {
        return URL;
    }

    public static String username() {
        return System.getProperty("spring.datasource.username");
    }

    public static String password() {
        return System.getProperty("spring.datasource.password", "");
    }

    /**
     * Unpooled connections to the build's PostgreSQL, or to an in-memory H2 database of the given name.
     * @param h2Name the H2 database's name, when not on PostgreSQL
     */
    public static DataSource unpooled(String h2Name) {
        return postgres() ? new DriverManagerDataSource(URL, username(), password())
                : new DriverManagerDataSource(h2Url(h2Name), "sa", "");
    }

    /** An in-memory H2 database in PostgreSQL mode, kept until the JVM ends. */
    public static String h2Url(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
    }
}
