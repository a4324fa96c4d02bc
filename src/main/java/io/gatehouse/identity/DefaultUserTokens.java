package io.gatehouse.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.shared.KeyedHasher;
import io.gatehouse.shared.RandomStrings;
import io.gatehouse.tenancy.TenantAudit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User tokens are found by the keyed hash of the token, in the current tenant only, and judged against the
 * token's and its user's state as they are now, so a revocation or a deactivation applies on the next request.
 */
@Service
class DefaultUserTokens implements UserTokens {

    static final String CREATED = "user token created";
    static final String REVOKED = "user token revoked";
    static final int MAX_LABEL = 200;

    /** Far longer than any token we issue; anything longer is not ours and is not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 256;
    private static final int HINT_LENGTH = 4;

    private final JdbcUserTokenStore store;
    private final UserTokenUsage usage;
    private final UserDirectory users;
    private final TenantAudit audit;
    private final KeyedHasher hasher;
    private final Clock clock;

    DefaultUserTokens(JdbcUserTokenStore store, UserTokenUsage usage, UserDirectory users, TenantAudit audit,
            KeyedHasher hasher, Clock clock) {
        this.store = store;
        this.usage = usage;
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public List<UserToken> list() {
        return store.list();
    }

    @Override
    public Optional<UserToken> find(long id) {
        return store.find(id);
    }

    @Override
    @Transactional
    public CreatedUserToken create(Long userId, String label, String actor) {
        String cleanLabel = label == null ? "" : label.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ConsoleUser> user = userId == null ? Optional.empty() : users.find(userId);
        if (user.isEmpty()) {
            errors.put("userId", "Choose the user the token acts for.");
        }
        else if (!user.get().active()) {
            errors.put("userId", "This user is deactivated: choose an active user.");
        }
        if (cleanLabel.isEmpty()) {
            errors.put("label", "Enter a label that tells what the token is used for.");
        }
        else if (cleanLabel.length() > MAX_LABEL) {
            errors.put("label", "The label can have at most " + MAX_LABEL + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidUserTokenException(errors);
        }
        String raw = PREFIX + RandomStrings.base62(256);
        String hint = raw.substring(raw.length() - HINT_LENGTH);
        long id = store.insert(userId, cleanLabel, hasher.hash(raw), hint, clock.instant(), actor);
        UserToken token = store.find(id).orElseThrow();
        audit.record(actor, CREATED, "for " + describe(token));
        return new CreatedUserToken(token, raw);
    }

    @Override
    @Transactional
    public boolean revoke(long id, String actor) {
        Optional<UserToken> token = store.find(id);
        if (token.isEmpty() || !store.revoke(id, clock.instant())) {
            return false;
        }
        audit.record(actor, REVOKED, "of " + describe(token.get()));
        return true;
    }

    @Override
    public UserTokenCheck check(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(PREFIX) || rawToken.length() > MAX_TOKEN_LENGTH) {
            return UserTokenCheck.Refused.unknown();
        }
        Optional<UserToken> found = store.findByTokenHash(hasher.hash(rawToken));
        if (found.isEmpty()) {
            return UserTokenCheck.Refused.unknown();
        }
        UserToken token = found.get();
        if (token.revoked()) {
            return UserTokenCheck.Refused.revoked(token.id());
        }
        Optional<ConsoleUser> user = users.find(token.userId()).filter(ConsoleUser::active);
        if (user.isEmpty()) {
            return UserTokenCheck.Refused.userDeactivated(token.id());
        }
        usage.record(token.id(), clock.instant()); // in memory: written within the flush interval
        return new UserTokenCheck.Active(token.id(), user.get());
    }

    @Override
    public List<TenantAudit.Entry> recentAudit(int limit) {
        return audit.recent(limit, List.of(CREATED, REVOKED));
    }

    /** Who and which token, never the token: "staff1 (label “Zapier”, gut_…1a2b)". */
    private static String describe(UserToken token) {
        return token.username() + " (label “" + token.label() + "”, " + token.masked() + ")";
    }
}
