package io.gatehouse.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for. Set once per request by the tenant filter (from the Host
 * header) or explicitly by background work; read by the tenant-scoped persistence layer.
 */
public final class TenantContext {

    private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<Tenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Tenant require() {
        Tenant tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("No tenant bound to this thread");
        }
        return tenant;
    }

    /** The bound tenant's id, also the scope of tenant-keyed caches: {@code scoped(name, TenantContext::id, …)}. */
    public static String id() {
        return require().id();
    }

    public static <T> T callAs(Tenant tenant, Supplier<T> work) {
        Tenant previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        }
        finally {
            restore(previous);
        }
    }

    public static void runAs(Tenant tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    static void set(Tenant tenant) {
        CURRENT.set(tenant);
    }

    static void clear() {
        CURRENT.remove();
    }

    private static void restore(Tenant previous) {
        if (previous == null) {
            CURRENT.remove();
        }
        else {
            CURRENT.set(previous);
        }
    }
}
