package io.gatehouse.authserver;

/** Why a token or a client is refused; {@link #code()} is what logs and the console show. */
public enum RefusalReason {
    TOKEN_UNKNOWN("token_unknown", "The access token is not valid here."),
    TOKEN_EXPIRED("token_expired", "The access token has expired."),
    TOKEN_REVOKED("token_revoked", "The access token has been revoked."),
    CLIENT_REVOKED("client_revoked", "The client of this access token has been revoked."),
    CLIENT_EXPIRED("client_expired", "The client of this access token has expired."),
    OWNER_DEACTIVATED("owner_deactivated", "The owner of this access token's client has been deactivated.");

    private final String code;
    private final String sentence;

    RefusalReason(String code, String sentence) {
        this.code = code;
        this.sentence = sentence;
    }

    /** What the caller is told; never more than the holder of the token may know. */
    public String sentence() {
        return sentence;
    }

    public String code() {
        return code;
    }
}
