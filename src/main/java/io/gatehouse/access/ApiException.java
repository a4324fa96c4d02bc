package io.gatehouse.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request the API answers with an RFC 9457 problem. Each carries the {@link Refusal} the request log keeps.
 * Two refusals that must look alike to the caller (a record that does not exist and one the caller may not
 * see; an unknown field and an excluded one) differ only in the refusal, never in the response.
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final Refusal refusal;
    private final Map<String, Object> extensions;
    private final List<String> allow;

    private ApiException(HttpStatus status, Refusal refusal, String detail, Map<String, Object> extensions,
            List<String> allow) {
        super(detail, null, false, false);
        this.status = status;
        this.refusal = refusal;
        this.extensions = extensions;
        this.allow = allow;
    }

    private ApiException(HttpStatus status, Refusal refusal, String detail, Map<String, Object> extensions) {
        this(status, refusal, detail, extensions, List.of());
    }

    /** RFC 6750 §3: no token at all gets the challenge and no error. */
    public static ApiException missingToken() {
        return new ApiException(HttpStatus.UNAUTHORIZED, new Refusal("missing_token",
                "The request has no bearer token."), "This API needs an access token: get one from POST "
                        + "/oauth2/token and send it as 'Authorization: Bearer <token>'.", Map.of());
    }

    /** A token that may not be used: told why, since whoever holds it may know. */
    public static ApiException invalidToken(Refusal refusal) {
        return new ApiException(HttpStatus.UNAUTHORIZED, refusal, refusal.sentence(),
                ordered("error", "invalid_token", "reason", refusal.code()));
    }

    /** The path is an endpoint, but not with this method. */
    public static ApiException methodNotAllowed(String method, List<String> allowed) {
        return new ApiException(HttpStatus.METHOD_NOT_ALLOWED, new Refusal("method_not_allowed",
                method + " is not served here."), "This address answers " + String.join(", ", allowed) + " only.",
                Map.of(), List.copyOf(allowed));
    }

    /** Not an endpoint of the catalogue: answered as any nonexistent address. */
    public static ApiException unknownEndpoint() {
        return new ApiException(HttpStatus.NOT_FOUND, new Refusal("unknown_endpoint",
                "No API endpoint at this address."), null, Map.of());
    }

    /** The cause stays in the application log; the caller learns only that it was not its fault. */
    public static ApiException serverError(Exception cause) {
        return new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, new Refusal("server_error",
                cause.getClass().getSimpleName()), "The request failed on our side and has been logged. "
                        + "Try again later.", Map.of());
    }

    /** Answered exactly as any other nonexistent address. */
    public static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, new Refusal("not_found", "No such record."), null, Map.of());
    }

    /** The record exists but belongs to a customer the caller does not stand for: answered as {@link #notFound()}. */
    public static ApiException notOwner() {
        return new ApiException(HttpStatus.NOT_FOUND,
                new Refusal("not_owner", "The record belongs to a customer this client does not own."), null, Map.of());
    }

    /** @param exists whether the record exists at all, for the log only */
    public static ApiException missing(boolean exists) {
        return exists ? notOwner() : notFound();
    }

    /**
     * A query parameter that is unknown, malformed or out of range.
     *
     * @param hiddenField the parameter names an excluded field: told apart only in the log
     */
    public static ApiException badParameter(String parameter, String detail, boolean hiddenField) {
        Refusal refusal = hiddenField
                ? new Refusal("excluded_field", "Parameter " + parameter + " names a field excluded for this client.")
                : new Refusal("invalid_parameter", detail);
        return new ApiException(HttpStatus.BAD_REQUEST, refusal, detail, Map.of("parameter", parameter));
    }

    /** A body that is not a JSON object of known fields with valid values; {@code errors} name each field. */
    public static ApiException invalidBody(List<FieldError> errors, boolean hiddenField) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : "The request body has " + errors.size() + " invalid fields.";
        Refusal refusal = hiddenField
                ? new Refusal("excluded_field", "The body names a field excluded for this client.")
                : new Refusal("invalid_body", detail);
        return new ApiException(HttpStatus.BAD_REQUEST, refusal, detail,
                Map.of("errors", errors.stream().map(FieldError::asMap).toList()));
    }

    public static ApiException unreadableBody(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, new Refusal("invalid_body", detail), detail, Map.of());
    }

    public static ApiException unsupportedMediaType() {
        String detail = "Send the body as application/json.";
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Refusal("invalid_body", detail), detail,
                Map.of());
    }

    /**
     * The tenant's administrator turned the whole API off: every request is refused, with a valid token or
     * none, until it is turned back on. Not a challenge, since no other token would be let in either.
     */
    public static ApiException apiDisabled() {
        return new ApiException(HttpStatus.FORBIDDEN, new Refusal("api_disabled",
                "The API of this account is turned off."), "The API of this account is turned off by its "
                        + "administrator: every token request and API call is refused until it is turned back on.",
                Map.of("reason", "api_disabled"));
    }

    /** The request needs a scope the client does not hold (e.g. to expand a related resource). */
    public static ApiException missingScope(String scope, ApiCaller caller) {
        return new ApiException(HttpStatus.FORBIDDEN, MissingScope.refusal(scope, caller),
                MissingScope.detail(scope), ordered("error", "insufficient_scope", "scope", scope));
    }

    public HttpStatus status() {
        return status;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The scope to name in {@code WWW-Authenticate}, for a 403 {@code insufficient_scope}; otherwise null. */
    public String requiredScope() {
        return (String) extensions.get("scope");
    }

    /** The RFC 6750 error for {@code WWW-Authenticate}, if any: {@code invalid_token} or {@code insufficient_scope}. */
    public String bearerError() {
        return (String) extensions.get("error");
    }

    /** Whether the answer challenges for a bearer token: every 401, and a 403 for a missing scope. */
    public boolean challenges() {
        return status == HttpStatus.UNAUTHORIZED || bearerError() != null;
    }

    /** The methods to list in {@code Allow}, for a 405. */
    public List<String> allow() {
        return allow;
    }

    /** The problem body; {@code null} for a 404, which always answers with the one shared body. */
    public Map<String, Object> body() {
        if (status == HttpStatus.NOT_FOUND) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", getMessage());
        body.putAll(extensions);
        return body;
    }

    private static Map<String, Object> ordered(String key, Object value, String otherKey, Object otherValue) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        map.put(otherKey, otherValue);
        return map;
    }

    /** One invalid field of a request body. */
    public record FieldError(String field, String message) {

        Map<String, String> asMap() {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("field", field);
            map.put("message", message);
            return map;
        }
    }
}
