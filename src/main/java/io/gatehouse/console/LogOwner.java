package io.gatehouse.console;

import java.util.Locale;

import io.gatehouse.identity.UserToken;
import io.gatehouse.requestlog.LogSubject;

/**
 * Whose requests a Logs page shows: an OAuth2 client or a legacy user token. The pages take their words,
 * links and breadcrumb from it, so one pair of templates serves both.
 *
 * @param kind         the owner in a sentence: "client" or "user token"
 * @param name         the client's name or the token's label
 * @param identifier   what tells it apart: the client id, or the token's last characters ({@code gut_…1a2b})
 * @param actsFor      the user a user token acts as, such as "Sam Staff (staff1)"; {@code null} for a client
 * @param statusCss    the status badge's class, such as {@code status-revoked}
 * @param basePath     the Logs page; an entry is at {@code basePath/requestId}
 * @param homePath     the owner's own page (a client's details, the user token's row in its list)
 * @param sessionsPath a client's View Sessions; {@code null} for a user token, which has no sessions
 * @param section      the breadcrumb's section ("OAuth2 Clients", "User Tokens") and its list page
 */
record LogOwner(LogSubject subject, String kind, String name, String identifier, String actsFor,
        String statusLabel, String statusCss, String basePath, String homePath, String homeLabel,
        String sessionsPath, String section, String sectionHref) {

    static final String CLIENTS = "/console/settings/api/clients";
    static final String USER_TOKENS = "/console/settings/api/user-tokens";

    static LogOwner of(ClientView client) {
        String home = CLIENTS + "/" + client.id();
        return new LogOwner(LogSubject.client(client.id()), "client", client.name(), client.clientId(), null,
                client.status().label(), "status-" + client.status().name().toLowerCase(Locale.ROOT),
                home + "/logs", home, "Client details", home + "/sessions", "OAuth2 Clients", CLIENTS);
    }

    static LogOwner of(UserToken token) {
        return new LogOwner(LogSubject.userToken(token.id()), "user token", token.label(), token.masked(),
                token.userDisplayName() + " (" + token.username() + ")",
                token.revoked() ? "Revoked" : "Active", token.revoked() ? "status-revoked" : "status-active",
                USER_TOKENS + "/" + token.id() + "/logs", USER_TOKENS + "#user-token-" + token.id(), "User Tokens",
                null, "User Tokens", USER_TOKENS);
    }

    /** The kind at the start of a sentence or as a label: "Client", "User token". */
    public String kindTitle() {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    /** Clients' requests carry the session (access token) used; a user token is its own credential. */
    public boolean hasSessions() {
        return sessionsPath != null;
    }

    /** Only clients talk to the authorization server ({@code /oauth2/}); user tokens only call the API. */
    public boolean client() {
        return subject.clientPk() != null;
    }

    public String entryPath(String requestId) {
        return basePath + "/" + requestId;
    }
}
