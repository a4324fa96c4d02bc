package io.gatehouse.identity;

/** The verdict on a presented user token. */
public sealed interface UserTokenCheck {

    /**
     * The token may be used, with everything its user may do now.
     *
     * @param user the user as it is now (its role decides the admin-only scopes)
     */
    record Active(long tokenId, ConsoleUser user) implements UserTokenCheck {
    }

    /**
     * The token may not be used.
     *
     * @param code     machine-readable, for the problem body and the request log
     * @param sentence what the caller is told; never more than the holder of the token may know
     * @param tokenId  the token's id when it is known in this tenant, else {@code null}
     */
    record Refused(String code, String sentence, Long tokenId) implements UserTokenCheck {

        static Refused unknown() {
            return new Refused("token_unknown", "The access token is not valid here.", null);
        }

        static Refused revoked(long tokenId) {
            return new Refused("token_revoked", "The user token has been revoked.", tokenId);
        }

        static Refused userDeactivated(long tokenId) {
            return new Refused("user_deactivated", "The user of this user token has been deactivated.", tokenId);
        }
    }
}
