package io.gatehouse.clients;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence port for clients and their audit trail, always within the current tenant. */
interface ClientStore {

    OAuthClient insert(OAuthClient client);

    void update(OAuthClient client);

    Optional<OAuthClient> findById(long id);

    Optional<OAuthClient> findByClientId(String clientId);

    List<OAuthClient> list();

    void appendAudit(long clientPk, Instant at, String actor, String action, String details);

    List<AuditEntry> audit(long clientPk);
}
