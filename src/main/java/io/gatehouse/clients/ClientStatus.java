package io.gatehouse.clients;

/** Whether a client can still obtain and use tokens. */
public enum ClientStatus {
    ACTIVE, EXPIRED, REVOKED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
