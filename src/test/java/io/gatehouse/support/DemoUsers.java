package io.gatehouse.support;

/** The demo tenants' console users as the test profile seeds them (application-test.properties). */
public final class DemoUsers {

    /** {@code gatehouse.demo.password} in the test profile: every demo user's password. */
    public static final String PASSWORD = "demo-password-for-tests";

    private DemoUsers() {
    }
}
