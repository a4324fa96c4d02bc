package io.gatehouse.tenancy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The current tenant's account-wide audit trail: changes to the API settings and to user tokens, with who
 * made them and when. (Changes to one OAuth2 client are in that client's own trail.)
 */
public interface TenantAudit {

    void record(String actor, String action, String details);

    /** The newest entries first. */
    List<Entry> recent(int limit);

    /** The newest entries of these actions only, newest first. */
    List<Entry> recent(int limit, Collection<String> actions);

    record Entry(Instant at, String actor, String action, String details) {
    }
}
