package io.gatehouse.authserver;

/**
 * Checks the bearer tokens that API requests present. Always answers for the tenant of the current
 * thread: a token issued on another tenant is unknown here.
 */
public interface AccessTokens {

    /**
     * @param rawToken the token exactly as presented (without the {@code Bearer } prefix); never stored
     * @return whether the token may be used right now, and if not, why
     */
    TokenCheck check(String rawToken);
}
