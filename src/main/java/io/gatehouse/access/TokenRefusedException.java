package io.gatehouse.access;

import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;

/** A presented bearer token may not be used; answered with 401 {@code invalid_token}. */
public class TokenRefusedException extends BadOpaqueTokenException {

    private final transient Refusal refusal;

    public TokenRefusedException(String code, String sentence) {
        super(sentence);
        this.refusal = new Refusal(code, sentence);
    }

    public Refusal refusal() {
        return refusal;
    }
}
