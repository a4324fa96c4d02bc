package io.gatehouse.identity;

/**
 * A token just created, with the raw token: shown once, then gone, since only its hash is kept.
 *
 * @param rawToken the bearer token, {@code gut_…}
 */
public record CreatedUserToken(UserToken token, String rawToken) {

    @Override
    public String toString() {
        // Never let a log line or a debugger's summary carry the token.
        return "CreatedUserToken[" + token + ", rawToken=" + token.masked() + "]";
    }
}
