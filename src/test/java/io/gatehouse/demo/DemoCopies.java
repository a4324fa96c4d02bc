package io.gatehouse.demo;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.TestTenants;

/**
 * Fresh copies of both demo shops in tenants of their own, so that what other tests do to acme and
 * globex cannot blur what the seed itself writes.
 */
final class DemoCopies {

    private final TenantJdbc jdbc;
    private final Tenant acme;
    private final Tenant globex;

    DemoCopies(DemoSeeder seeder, TenantDirectory tenants, TenantJdbc jdbc) {
        this.jdbc = jdbc;
        Instant now = Instant.now();
        acme = TestTenants.create(tenants, "acme-copy");
        globex = TestTenants.create(tenants, "globex-copy");
        seeder.write(acme, AcmeRepairs.shop(), "not-a-login", now);
        seeder.write(globex, GlobexServiceCenter.shop(), "not-a-login", now);
    }

    /** Runs work in the copy of "acme" or "globex". */
    <T> T in(String shop, Supplier<T> work) {
        return TenantContext.callAs(switch (shop) {
            case "acme" -> acme;
            case "globex" -> globex;
            default -> throw new IllegalArgumentException(shop);
        }, work);
    }

    List<String> strings(String shop, String sql) {
        return in(shop, () -> jdbc.sql(sql).query(String.class).list());
    }

    List<Long> longs(String shop, String sql) {
        return in(shop, () -> jdbc.sql(sql).query(Long.class).list());
    }

    long count(String shop, String sql) {
        return longs(shop, sql).get(0);
    }
}
