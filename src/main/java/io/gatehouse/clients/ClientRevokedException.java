package io.gatehouse.clients;

/** A change was asked of a revoked client. Revocation is final, so nothing was changed. */
public class ClientRevokedException extends IllegalStateException {

    private final long clientPk;

    public ClientRevokedException(long clientPk) {
        super("This client is revoked; revocation is final.");
        this.clientPk = clientPk;
    }

    public long clientPk() {
        return clientPk;
    }
}
