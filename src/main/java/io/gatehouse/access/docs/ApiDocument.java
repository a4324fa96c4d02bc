package io.gatehouse.access.docs;

import java.util.List;
import java.util.Map;

import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.Scope;
import io.gatehouse.access.ScopeCatalogue;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * What the document says about the API as a whole: its title and guide, the OAuth2 scheme with every scope
 * of the catalogue, and the problem responses every operation shares. Nothing here depends on the tenant:
 * the token URL is relative to the server, which springdoc sets to the requesting tenant's origin.
 */
final class ApiDocument {

    static final String SCHEME = "oauth2";
    static final String TOKEN_PATH = "/oauth2/token";
    static final String PROBLEM = "application/problem+json";

    /** The shared error responses, by status, each a component the operations refer to. */
    static final Map<String, String> RESPONSES = Map.of(
            "400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "404", "NotFound");

    private static final String DESCRIPTION = """
            The repair shop's protected REST API: customers, orders with their lines, notes and tasks, \
            devices, invoices, products and stock, locations, statuses and staff users. JSON in camelCase, \
            served at the shop's own origin (the server below).

            ## Tokens
            Every request needs an access token of an OAuth2 client, sent as `Authorization: Bearer <token>`. \
            A shop admin creates the client (System Settings › API › OAuth2 Clients) and hands over its client \
            id and secret. Exchange them at `POST /oauth2/token` with `grant_type=client_credentials` \
            (HTTP Basic or `client_id`/`client_secret` in the form); add `scope` to ask for fewer scopes than \
            the client has. A token works only at the shop that issued it. Without a token the API answers \
            401; with an expired or revoked one, 401 with `error="invalid_token"`: get a new token. While \
            the shop's admin has turned its API off (System Settings › API › Settings), every API call and \
            token request is refused with 403 and `reason` `api_disabled`, whatever the token.

            ## Scopes
            Each operation needs exactly one scope, named in its description and in its security \
            requirement. A token without it gets 403 with `error="insufficient_scope"` and the scope needed, \
            in `WWW-Authenticate` and in the body. `users:read` is only ever usable by Admin clients whose \
            owner is a shop admin. Changes an admin makes to a client apply to its tokens on their next request.

            ## What a client sees
            An **Admin** client reaches everything in the shop that its owner user may see. A **Customer** \
            client reaches only the records owned by its customer and that customer's child customers: \
            customers, orders (with lines, notes and tasks), devices and invoices. Any other record answers \
            404, exactly as a record that does not exist, whichever way it is asked for: by id, nested, \
            expanded, listed, counted or filtered. Records a Customer client creates belong to its customer.

            ## Excluded fields
            An admin can exclude fields from a client. An excluded field is absent from every record the \
            client receives (single, listed, nested, expanded, the answer to a write), so treat every field \
            but `id` as optional. Filtering, sorting or writing by an excluded field is answered as for a \
            field that does not exist: 400.

            ## Collections
            Lists answer `{"href", "limit", "offset", "totalItems", "items"}`. Page with `limit` (default \
            %d, at most %d) and `offset`. Sort with `sort=-updatedAt,id` (`-` for descending). Embed related \
            records with `expand=customer,lines` (each needs its own read scope). Filter by field: \
            `?status=OPEN`, or with an operator `eq`, `ne`, `gt`, `gte`, `lt`, `lte` in brackets: \
            `updatedAt[gte]=2026-01-01`, `price[lt]=100`. Dates are `2026-01-31` or `2026-01-31T12:00:00Z`. \
            An unknown or malformed parameter answers 400 naming it.

            ## Errors
            Errors are RFC 9457 `application/problem+json`: `type`, `title`, `status`, `detail`; a 400 names \
            the `parameter`, or lists the body's `errors` as `{"field", "message"}`; a 403 carries `error` and \
            `scope`. Every 404 has the same body, whatever the reason. Responses carry `Cache-Control: no-store`.
            """.formatted(ApiQuery.DEFAULT_LIMIT, ApiQuery.MAX_LIMIT);

    private ApiDocument() {
    }

    static void describe(OpenAPI api) {
        api.info(new Info().title("Gatehouse API").version("v3").description(DESCRIPTION));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        RecordSchemas.addTo(components);
        api.components(components
                .addSecuritySchemes(SCHEME, securityScheme())
                .addSchemas("Problem", problemSchema())
                .addResponses("BadRequest", problem("A query parameter or the body is unknown, malformed or "
                        + "out of range; the problem names it. An excluded field counts as unknown."))
                .addResponses("Unauthorized", problem("No token, or one that is invalid, expired or revoked.")
                        .addHeaderObject("WWW-Authenticate", header(
                                "`Bearer realm=\"…\"`, with `error=\"invalid_token\"` for a bad token")))
                .addResponses("Forbidden", problem("The token lacks the scope this request needs "
                        + "(`error` is `insufficient_scope`; `scope` names the one needed), or the shop turned "
                        + "its API off (`reason` is `api_disabled`; no `WWW-Authenticate`).")
                        .addHeaderObject("WWW-Authenticate", header(
                                "`Bearer realm=\"…\", error=\"insufficient_scope\", scope=\"…\"`")))
                .addResponses("NotFound", problem("No such record, or one this client may not see: the same "
                        + "answer either way.")));
    }

    private static SecurityScheme securityScheme() {
        Scopes scopes = new Scopes();
        for (Scope scope : ScopeCatalogue.all()) {
            scopes.addString(scope.name(), scope.description());
        }
        return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("OAuth2 client credentials: exchange the client id and secret at this shop's "
                        + "token endpoint for a bearer token.")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(TOKEN_PATH).scopes(scopes)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("An RFC 9457 problem.")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("parameter", new StringSchema().description("The query parameter refused (400)."))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("Each invalid field of the body (400)."))
                .addProperty("error", new StringSchema()
                        .description("`invalid_token` (401) or `insufficient_scope` (403)."))
                .addProperty("scope", new StringSchema().description("The scope needed (403)."))
                .addProperty("reason", new StringSchema()
                        .description("Why a token was refused (401), or `api_disabled` (403)."))
                .required(List.of("type", "title", "status"));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }
}
