package io.gatehouse.clients;

import java.util.List;
import java.util.Optional;

/** The OAuth2 clients of the current tenant and every change made to them. */
public interface ClientRegistry {

    List<OAuthClient> list();

    Optional<OAuthClient> find(long id);

    Optional<OAuthClient> findByClientId(String clientId);

    /** @throws InvalidClientException with a message per offending field */
    CreatedClient create(NewClient request, String actor);

    /** @throws InvalidClientException with a message per offending field */
    OAuthClient edit(long id, ClientEdit edit, String actor);

    /** A new secret, returned once; the previous one keeps working for the grace period. */
    String rotateSecret(long id, RotationGrace grace, String actor);

    /** Final: the client and all its tokens stop working at once. */
    void revoke(long id, String actor);

    /** Newest first. */
    List<AuditEntry> audit(long id);

    /** Records a change made around the client, such as its sessions revoked, in its audit trail. */
    void recordInAudit(long id, String actor, String action, String details);
}
