package io.gatehouse.access.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** RFC 6750 §3: a request with no token gets the challenge and no error attribute. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        Refusal refusal = tokenRefusal(ex);
        Map<String, Object> body = problem(401, "Unauthorized");
        String challenge = "Bearer realm=\"" + realm() + "\"";
        if (refusal == null) {
            refusal = new Refusal("missing_token", "The request has no bearer token.");
            body.put("detail", "This API needs an access token: get one from POST /oauth2/token and send it as "
                    + "'Authorization: Bearer <token>'.");
        }
        else {
            challenge += ", error=\"invalid_token\", error_description=\"" + refusal.sentence() + "\"";
            body.put("detail", refusal.sentence());
            body.put("error", "invalid_token");
            body.put("reason", refusal.code());
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(request, response, 401, body, refusal);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        Object result = ex instanceof AuthorizationDeniedException denied ? denied.getAuthorizationResult() : null;
        if (result instanceof EndpointDecision.MissingScope missing) {
            write(request, response, ApiException.missingScope(missing.scope(), ApiCaller.current()));
        }
        else if (result instanceof EndpointDecision.MethodNotAllowed notAllowed) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", notAllowed.allowed()));
            Map<String, Object> body = problem(405, "Method Not Allowed");
            body.put("detail", "This address answers " + String.join(", ", notAllowed.allowed()) + " only.");
            write(request, response, 405, body, new Refusal("method_not_allowed",
                    request.getMethod() + " is not served here."));
        }
        else {
            notFound(request, response, new Refusal("unknown_endpoint", "No API endpoint at this address."));
        }
    }

    /** Answers a refusal raised by a controller or by the policy's readers. */
    void write(HttpServletRequest request, HttpServletResponse response, ApiException ex) throws IOException {
        if (ex.body() == null) {
            notFound(request, response, ex.refusal());
            return;
        }
        if (ex.requiredScope() != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm()
                    + "\", error=\"insufficient_scope\", error_description=\"" + ex.getMessage() + "\", scope=\""
                    + ex.requiredScope() + "\"");
        }
        write(request, response, ex.status().value(), ex.body(), ex.refusal());
    }

    void notFound(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        refusal.attachTo(request);
        ProblemResponses.write(response, 404, ProblemResponses.NOT_FOUND);
    }

    /** The cause stays in the application log; the caller learns only that it was not its fault. */
    void serverError(HttpServletRequest request, HttpServletResponse response, Exception ex) throws IOException {
        Map<String, Object> body = problem(500, "Internal Server Error");
        body.put("detail", "The request failed on our side and has been logged. Try again later.");
        write(request, response, 500, body, new Refusal("server_error", ex.getClass().getSimpleName()));
    }

    private static Map<String, Object> problem(int status, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        return body;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status,
            Map<String, Object> body, Refusal refusal) throws IOException {
        if (refusal != null) {
            refusal.attachTo(request);
        }
        ProblemResponses.write(response, status, JSON.writeValueAsString(body));
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

    private static String realm() {
        return TenantContext.current().map(Tenant::id).orElse("gatehouse");
    }
}
