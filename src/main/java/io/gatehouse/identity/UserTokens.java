package io.gatehouse.identity;

import java.util.List;
import java.util.Optional;

import io.gatehouse.tenancy.TenantAudit;

/**
 * The current tenant's legacy per-user API keys. A user token never expires and carries everything its user
 * may do: no scopes, no customer limit, no excluded fields. Only the keyed hash of a token is stored; the raw
 * token exists once, in the answer to {@link #create}.
 */
public interface UserTokens {

    /** Recognisable by secret scanners, like the {@code gat_} access tokens. */
    String PREFIX = "gut_";

    /** Every token of the tenant, newest first, revoked ones included. */
    List<UserToken> list();

    Optional<UserToken> find(long id);

    /**
     * A new token for an active user of the tenant; the answer is the only place the raw token ever appears.
     *
     * @throws InvalidUserTokenException when the user or the label is not acceptable
     */
    CreatedUserToken create(Long userId, String label, String actor);

    /** Ends the token at once, for good; {@code false} if there is no such live token in this tenant. */
    boolean revoke(long id, String actor);

    /**
     * The verdict on a presented token, read fresh; counts the use when it may be used (in memory, written
     * within {@code gatehouse.usage.flush-interval}).
     */
    UserTokenCheck check(String rawToken);

    /** The newest audit entries about user tokens (the tenant's trail holds other changes too). */
    List<TenantAudit.Entry> recentAudit(int limit);
}
