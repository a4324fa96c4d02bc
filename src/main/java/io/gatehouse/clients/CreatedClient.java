package io.gatehouse.clients;

/** A new client with its secret: the only moment the secret exists outside the caller's hands. */
public record CreatedClient(OAuthClient client, String secret) {

    @Override
    public String toString() {
        return "CreatedClient[" + client.clientId() + "]";
    }
}
