package io.gatehouse.access.docs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.ApiQuery;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/** The query parameters every collection takes, as {@link ApiQuery} reads them. */
final class CollectionParameters {

    private CollectionParameters() {
    }

    static List<Parameter> all() {
        return List.of(
                query("limit", "How many records per page, from 1 to " + ApiQuery.MAX_LIMIT + ".",
                        new IntegerSchema().minimum(BigDecimal.ONE)
                                ._default(ApiQuery.DEFAULT_LIMIT).maximum(BigDecimal.valueOf(ApiQuery.MAX_LIMIT))),
                query("offset", "How many records to skip.",
                        new IntegerSchema().minimum(BigDecimal.ZERO)._default(0)),
                query("sort", "Fields to sort by, comma-separated; `-` before a field sorts descending, e.g. "
                        + "`-updatedAt,id`. Ties are always broken by `id`.", new StringSchema()),
                query("expand", "Related records to embed, comma-separated, e.g. `customer,lines`; each needs "
                        + "its own read scope (403 without it).", new StringSchema()),
                query("filters", "Filters by field, each its own query parameter: `status=OPEN`, or with an "
                        + "operator `eq`, `ne`, `gt`, `gte`, `lt`, `lte`: `updatedAt[gte]=2026-01-01`. An unknown "
                        + "or excluded field answers 400.", new ObjectSchema()
                                .additionalProperties(new StringSchema()))
                        .style(Parameter.StyleEnum.FORM).explode(true).example(Map.of()));
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
    }
}
