package io.gatehouse.access;

import java.util.List;

/** The words of an {@code insufficient_scope} refusal, the same from the security chain and from a controller. */
public final class MissingScope {

    private MissingScope() {
    }

    public static String detail(String scope) {
        return "This request needs the scope " + scope + ".";
    }

    public static Refusal refusal(String scope, ApiCaller caller) {
        if (caller.isUserToken()) {
            // A user token has no scopes of its own: it carries what its user may do.
            boolean adminOnly = ScopeCatalogue.find(scope).map(Scope::adminOnly).orElse(false);
            return new Refusal("missing_scope", "needs " + scope + "; the user of this user token may not use it"
                    + (adminOnly ? " (admin users only)" : ""));
        }
        List<String> held = caller.sortedScopes();
        return new Refusal("missing_scope", "needs " + scope + "; this client has "
                + (held.isEmpty() ? "no scopes" : String.join(", ", held)));
    }
}
