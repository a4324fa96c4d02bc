package io.gatehouse.authserver;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.gatehouse.clients.ClientRegistry;

import org.springframework.stereotype.Service;

@Service
class DefaultSessions implements Sessions {

    private final SessionStore store;
    private final ClientRegistry clients;
    private final ClientStanding standing;
    private final Clock clock;

    DefaultSessions(SessionStore store, ClientRegistry clients, ClientStanding standing, Clock clock) {
        this.store = store;
        this.clients = clients;
        this.standing = standing;
        this.clock = clock;
    }

    @Override
    public List<ClientSession> list(long clientPk) {
        Instant now = clock.instant();
        if (!clientInGoodStanding(clientPk, now)) {
            return List.of();
        }
        return store.listLive(clientPk, now).stream().map(SessionRecord::view).toList();
    }

    @Override
    public boolean revoke(String sessionId) {
        Instant now = clock.instant();
        return store.findById(sessionId)
                .filter(session -> !session.expired(now))
                .map(session -> store.revoke(sessionId, now))
                .orElse(false);
    }

    @Override
    public int revokeAll(long clientPk) {
        return store.revokeLive(clientPk, clock.instant());
    }

    @Override
    public int countActive(long clientPk) {
        Instant now = clock.instant();
        return clientInGoodStanding(clientPk, now) ? store.countLive(clientPk, now) : 0;
    }

    @Override
    public void recordUse(String sessionId, Instant at) {
        store.recordUse(sessionId, at);
    }

    private boolean clientInGoodStanding(long clientPk, Instant now) {
        return clients.find(clientPk).map(client -> standing.refusal(client, now).isEmpty()).orElse(false);
    }
}
