package io.gatehouse.requestlog;

/**
 * Whose log entries are read: exactly one OAuth2 client or one legacy user token. Every query of
 * {@link RequestLogs} is limited to one subject, which keeps it on that subject's index.
 */
public record LogSubject(Long clientPk, Long userTokenId) {

    public LogSubject {
        if ((clientPk == null) == (userTokenId == null)) {
            throw new IllegalArgumentException("A log subject is exactly one client or one user token");
        }
    }

    public static LogSubject client(long clientPk) {
        return new LogSubject(clientPk, null);
    }

    public static LogSubject userToken(long userTokenId) {
        return new LogSubject(null, userTokenId);
    }

    /** The column that holds the subject; one of two fixed names, never user input. */
    String column() {
        return clientPk != null ? "client_pk" : "user_token_id";
    }

    long key() {
        return clientPk != null ? clientPk : userTokenId;
    }
}
