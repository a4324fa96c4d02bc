package io.gatehouse.access;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whom a request to {@code /api/v3} or {@code /oauth2} belongs to, once the authorization server or the
 * API's token check knows: an OAuth2 client (and the session its token opened), or a legacy user token.
 * Kept with the request so the request log can file it; a request with no attribution is not logged.
 *
 * @param clientPk    the client's row id, or {@code null} for a user token
 * @param sessionId   the session of the access token used or issued, when there is one
 * @param userTokenId the user token's row id, or {@code null} for a client
 */
public record Attribution(Long clientPk, String sessionId, Long userTokenId) {

    private static final String ATTRIBUTE = Attribution.class.getName();

    public static Attribution client(long clientPk, String sessionId) {
        return new Attribution(clientPk, sessionId, null);
    }

    public static Attribution userToken(long userTokenId) {
        return new Attribution(null, null, userTokenId);
    }

    public void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** Attaches to the request of this thread, for code that has no request at hand (providers, stores). */
    public void attachToCurrentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attachTo(attributes.getRequest());
        }
    }

    /** The attribution recorded for the request, or {@code null} when it could not be tied to anyone. */
    public static Attribution of(HttpServletRequest request) {
        return (Attribution) request.getAttribute(ATTRIBUTE);
    }
}
