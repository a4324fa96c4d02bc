package io.gatehouse.clients;

/**
 * Published after any change to a client (edit, rotation, revocation), so that holders of cached client
 * state drop it: changes apply to live sessions on their next request.
 */
public record ClientChanged(String tenantId, long clientPk, String clientId) {
}
