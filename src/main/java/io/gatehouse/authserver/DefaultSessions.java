package io.gatehouse.authserver;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gatehouse.clients.ClientRegistry;

import org.springframework.stereotype.Service;

@Service
class DefaultSessions implements Sessions {

    private final SessionStore store;
    private final SessionUsage usage;
    private final ClientRegistry clients;
    private final ClientStanding standing;
    private final Clock clock;

    DefaultSessions(SessionStore store, SessionUsage usage, ClientRegistry clients, ClientStanding standing,
            Clock clock) {
        this.store = store;
        this.usage = usage;
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
    public SessionPage page(long clientPk, int offset, int limit) {
        Instant now = clock.instant();
        if (!clientInGoodStanding(clientPk, now)) {
            return new SessionPage(List.of(), 0, offset, limit);
        }
        return new SessionPage(store.listLive(clientPk, now, offset, limit).stream().map(SessionRecord::view).toList(),
                store.countLive(clientPk, now), offset, limit);
    }

    @Override
    public boolean revoke(long clientPk, String sessionId) {
        return store.revokeLive(clientPk, sessionId, clock.instant());
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

    /** A client that can no longer use tokens has no live sessions, whatever its rows say. */
    @Override
    public Map<Long, ClientUsage> usage() {
        Instant now = clock.instant();
        Map<Long, ClientUsage> usage = new HashMap<>(store.usage(now));
        standing.inGoodStanding(clients.list(), now).forEach((clientPk, good) -> {
            ClientUsage found = usage.get(clientPk);
            if (found != null && !good) {
                usage.put(clientPk, new ClientUsage(0, found.lastUsedAt()));
            }
        });
        return usage;
    }

    @Override
    public void recordUse(String sessionId, Instant at) {
        usage.record(sessionId, at);
    }

    private boolean clientInGoodStanding(long clientPk, Instant now) {
        return clients.find(clientPk).map(client -> standing.refusal(client, now).isEmpty()).orElse(false);
    }
}
