package io.gatehouse.authserver;

/** Why a token or a client is refused; {@link #code()} is what logs and the console show. */
public enum RefusalReason {
    TOKEN_UNKNOWN("token_unknown"),
    TOKEN_EXPIRED("token_expired"),
    TOKEN_REVOKED("token_revoked"),
    CLIENT_REVOKED("client_revoked"),
    CLIENT_EXPIRED("client_expired"),
    OWNER_DEACTIVATED("owner_deactivated");

    private final String code;

    RefusalReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
