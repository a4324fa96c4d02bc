package io.gatehouse.access.docs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gatehouse.access.Endpoint;
import io.gatehouse.access.Scope;
import io.gatehouse.access.ScopeCatalogue;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes each operation springdoc found from the {@link ScopeCatalogue}, the same list the policy
 * enforces: its one scope (as security requirement and in words), its resource as tag, the shared problem
 * responses and, for collections, the paging, sorting, expanding and filtering parameters. An operation the
 * catalogue does not list is never served (the policy refuses it: 404, or 405 beside a listed method), so it
 * is left out of the document with an error in the log rather than documented as if it worked;
 * {@code CatalogueCoverageTests} fails the build for it.
 */
final class CatalogueOperations implements OpenApiCustomizer {

    private static final Logger log = LoggerFactory.getLogger(CatalogueOperations.class);

    @Override
    public void customise(OpenAPI api) {
        ApiDocument.describe(api);
        Set<String> resources = new LinkedHashSet<>();
        if (api.getPaths() != null) {
            for (Iterator<Map.Entry<String, PathItem>> paths = api.getPaths().entrySet().iterator(); paths.hasNext();) {
                Map.Entry<String, PathItem> path = paths.next();
                Map<PathItem.HttpMethod, Operation> operations = path.getValue().readOperationsMap();
                for (Map.Entry<PathItem.HttpMethod, Operation> operation : operations.entrySet()) {
                    Endpoint endpoint = new Endpoint(operation.getKey().name(), path.getKey());
                    Optional<Scope> scope = ScopeCatalogue.requiredFor(endpoint);
                    if (scope.isEmpty()) {
                        log.error("{} has a handler but no entry in the ScopeCatalogue: the policy refuses every "
                                + "request to it, and the API docs leave it out", endpoint);
                        path.getValue().operation(operation.getKey(), null);
                        continue;
                    }
                    document(endpoint, operation.getValue(), scope.get());
                    resources.add(scope.get().resource());
                }
                if (path.getValue().readOperations().isEmpty()) {
                    paths.remove();
                }
            }
        }
        api.setTags(tags(resources));
    }

    private static void document(Endpoint endpoint, Operation operation, Scope scope) {
        operation.setOperationId(operationId(endpoint));
        operation.setSummary(OperationSummaries.of(endpoint));
        operation.setTags(List.of(scope.resource()));
        operation.setSecurity(List.of(new SecurityRequirement().addList(ApiDocument.SCHEME, scope.name())));
        String requires = "Requires scope `" + scope.name() + "`."
                + (scope.adminOnly() ? " Only Admin clients whose owner is a shop admin can use it." : "");
        operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank()
                ? requires : requires + "\n\n" + operation.getDescription());
        if (collection(endpoint)) {
            CollectionParameters.all().forEach(operation::addParametersItem);
        }
        if (!endpoint.method().equals("GET") && operation.getRequestBody() == null) {
            operation.setRequestBody(body(endpoint));
        }
        ApiResponses responses = new ApiResponses();
        RecordSchemas.representationOf(endpoint).ifPresent(representation -> success(endpoint, representation)
                .forEach(responses::addApiResponse));
        ApiDocument.RESPONSES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(r -> responses
                .addApiResponse(r.getKey(), new ApiResponse().$ref("#/components/responses/" + r.getValue())));
        operation.setResponses(responses);
    }

    /** What a successful call answers: a page, one record, or (POST) the created record with its address. */
    private static Map<String, ApiResponse> success(Endpoint endpoint, String representation) {
        boolean created = endpoint.method().equals("POST");
        Schema<?> schema = collection(endpoint) ? RecordSchemas.page(representation)
                : RecordSchemas.one(representation);
        ApiResponse response = new ApiResponse()
                .description(created ? "Created: the record as this client sees it." : "OK")
                .content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
        return Map.of(created ? "201" : "200", response);
    }

    /** A GET whose path ends in a resource name rather than an id: it answers a page of records. */
    static boolean collection(Endpoint endpoint) {
        return endpoint.method().equals("GET") && !endpoint.path().endsWith("}");
    }

    /** The API reads bodies itself, so springdoc sees none: each write takes one JSON object of fields. */
    private static RequestBody body(Endpoint endpoint) {
        if (endpoint.path().endsWith("/stock-movements")) {
            return new RequestBody().required(true).description("A change of the product's stock.")
                    .content(new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema()
                            .addProperty("quantityDelta", new IntegerSchema()
                                    .description("Units in (positive) or out (negative); not zero."))
                            .addProperty("reason", new StringSchema().maxLength(200))
                            .required(List.of("quantityDelta", "reason")))));
        }
        String description = switch (endpoint.method()) {
            case "PUT" -> "The record's writable fields; a visible field left out is cleared.";
            case "PATCH" -> "The fields to change; fields left out keep their values.";
            default -> "The fields of the new record.";
        };
        String fields = RecordSchemas.representationOf(endpoint)
                .map(r -> " Fields as in the `" + RecordSchemas.name(r) + "` schema; `id` is never written.")
                .orElse("");
        return new RequestBody().required(true).description(description + fields + " A field unknown or "
                + "excluded for this client answers 400.").content(new Content().addMediaType("application/json",
                        new MediaType().schema(new ObjectSchema())));
    }

    /** {@code GET /api/v3/orders/{id}/lines} → {@code getOrdersByIdLines}: stable names for code generators. */
    static String operationId(Endpoint endpoint) {
        StringBuilder id = new StringBuilder(endpoint.method().toLowerCase(Locale.ROOT));
        for (String segment : endpoint.path().substring(Endpoint.API_PREFIX.length()).split("/")) {
            if (segment.startsWith("{")) {
                id.append("By").append(capitalized(segment.substring(1, segment.length() - 1)));
            }
            else {
                for (String word : segment.split("-")) {
                    id.append(capitalized(word));
                }
            }
        }
        return id.toString();
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<Tag> tags(Set<String> used) {
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        ScopeCatalogue.byResource().forEach((resource, list) -> scopes.put(resource,
                list.stream().map(s -> "`" + s.name() + "`: " + s.description()).toList()));
        List<Tag> tags = new ArrayList<>();
        scopes.forEach((resource, lines) -> {
            if (used.contains(resource)) {
                tags.add(new Tag().name(resource).description(String.join("; ", lines) + "."));
            }
        });
        return tags;
    }
}
