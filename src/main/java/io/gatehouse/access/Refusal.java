package io.gatehouse.access;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Why the policy refused a request: a machine-readable code and a sentence for a person, kept with the
 * request so the request log can show it. Never contains a token, a secret or an excluded value.
 */
public record Refusal(String code, String sentence) {

    private static final String ATTRIBUTE = Refusal.class.getName();

    public void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The refusal recorded for the request, or {@code null} when it was not refused. */
    public static Refusal of(HttpServletRequest request) {
        return (Refusal) request.getAttribute(ATTRIBUTE);
    }
}
