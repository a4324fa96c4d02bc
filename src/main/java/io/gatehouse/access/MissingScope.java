package io.gatehouse.access;

import java.util.List;

/** The words of an {@code insufficient_scope} refusal, the same from the security chain and from a controller. */
public final class MissingScope {

    private MissingScope() {
    }

    public static String detail(String scope) {
        return "This request needs the scope " + scope + ".";
    }

    public static Refusal refusal(String scope, List<String> held) {
        return new Refusal("missing_scope", "needs " + scope + "; this client has "
                + (held.isEmpty() ? "no scopes" : String.join(", ", held)));
    }
}
