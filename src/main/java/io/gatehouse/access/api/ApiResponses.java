package io.gatehouse.access.api;

import java.io.IOException;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiException;
import io.gatehouse.access.Refusal;
import io.gatehouse.access.TokenRefusedException;
import io.gatehouse.shared.ProblemResponses;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Writes every refusal of the API, from the security chain and from controllers alike, so that a 401, a
 * 403 or a 404 reads the same whichever layer refused, and the refusal is kept with the request.
 */
final class ApiResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        if (ApiDisabledFilter.apiTurnedOff()) {
            // With the API off, no token would help: the answer is the same as for a valid one.
            write(request, response, ApiException.apiDisabled());
            return;
        }
        Refusal refusal = tokenRefusal(ex);
        write(request, response, refusal == null ? ApiException.missingToken() : ApiException.invalidToken(refusal));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        Object result = ex instanceof AuthorizationDeniedException denied ? denied.getAuthorizationResult() : null;
        if (result instanceof EndpointDecision.MissingScope missing) {
            write(request, response, ApiException.missingScope(missing.scope(), ApiCaller.current()));
        }
        else if (result instanceof EndpointDecision.MethodNotAllowed notAllowed) {
            write(request, response, ApiException.methodNotAllowed(request.getMethod(), notAllowed.allowed()));
        }
        else {
            write(request, response, ApiException.unknownEndpoint());
        }
    }

    /** Answers every refusal: from the security chain, from a controller, or from the policy's readers. */
    void write(HttpServletRequest request, HttpServletResponse response, ApiException ex) throws IOException {
        ex.refusal().attachTo(request);
        if (ex.body() == null) {
            ProblemResponses.write(response, 404, ProblemResponses.NOT_FOUND);
            return;
        }
        if (ex.challenges()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(ex));
        }
        if (!ex.allow().isEmpty()) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", ex.allow()));
        }
        ProblemResponses.write(response, ex.status().value(), JSON.writeValueAsString(ex.body()));
    }

    /** RFC 6750 §3: the realm, then the error and its description, then the scope needed, when there are. */
    private static String challenge(ApiException ex) {
        String challenge = "Bearer realm=\"" + TenantContext.current().map(Tenant::id).orElse("gatehouse") + "\"";
        if (ex.bearerError() != null) {
            challenge += ", error=\"" + ex.bearerError() + "\", error_description=\"" + ex.getMessage() + "\"";
        }
        return ex.requiredScope() == null ? challenge : challenge + ", scope=\"" + ex.requiredScope() + "\"";
    }

    private static Refusal tokenRefusal(AuthenticationException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenRefusedException refused) {
                return refused.refusal();
            }
        }
        if (ex instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException) {
            // A malformed Authorization header: as useless as an unknown token.
            return new Refusal("token_unknown", "The access token is not valid here.");
        }
        return null;
    }
}
