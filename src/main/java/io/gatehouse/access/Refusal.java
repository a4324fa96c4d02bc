package io.gatehouse.access;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Why the policy refused a request: a machine-readable code and a sentence for a person, kept with the
 * request so the request log can show it. Never contains a token, a secret or an excluded value.
 */
public record Refusal(String code, String sentence) {

    private static final String ATTRIBUTE = Refusal.class.getName();

    public void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** Attaches to the request of this thread, for code that has no request at hand (providers, stores). */
    public void attachToCurrentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attachTo(attributes.getRequest());
        }
    }

    /** The refusal recorded for the request, or {@code null} when it was not refused. */
    public static Refusal of(HttpServletRequest request) {
        return (Refusal) request.getAttribute(ATTRIBUTE);
    }
}
