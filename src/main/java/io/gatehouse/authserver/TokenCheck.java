package io.gatehouse.authserver;

import java.time.Instant;
import java.util.List;

import io.gatehouse.clients.OAuthClient;

/** The verdict on a presented access token. */
public sealed interface TokenCheck {

    /**
     * The token may be used.
     *
     * @param sessionId the session (issued token) it belongs to
     * @param client    the client as it is now: its access level, owner and excluded fields apply
     * @param scopes    the scopes the token grants now: those it was issued with that the client still holds,
     *                  so a scope removed from the client stops working on live tokens at once
     * @param expiresAt when the token stops working
     */
    record Active(String sessionId, OAuthClient client, List<String> scopes, Instant expiresAt)
            implements TokenCheck {

        public Active {
            scopes = List.copyOf(scopes);
        }

        public long clientPk() {
            return client.id();
        }

        public String clientId() {
            return client.clientId();
        }
    }

    /**
     * The token may not be used.
     *
     * @param reason    why, as a machine-readable code for logs
     * @param sessionId the session of a known token, {@code null} when the token is unknown
     * @param clientPk  the client of a known token, {@code null} when the token is unknown
     */
    record Refused(RefusalReason reason, String sessionId, Long clientPk) implements TokenCheck {

        static Refused unknown() {
            return new Refused(RefusalReason.TOKEN_UNKNOWN, null, null);
        }
    }
}
