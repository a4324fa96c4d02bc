package io.gatehouse.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the query string of an API request against a {@link QuerySpec} and the caller. Anything it does
 * not know is refused with 400 naming the parameter; a field hidden from the caller is unknown to it,
 * with the same words.
 */
public final class ApiQuery {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    private static final Pattern FILTER = Pattern.compile("([A-Za-z]+)(?:\\[([A-Za-z]+)])?");
    private static final Map<String, String> OPERATORS = Map.of(
            "eq", " = ", "ne", " <> ", "gt", " > ", "gte", " >= ", "lt", " < ", "lte", " <= ");

    private ApiQuery() {
    }

    /** A collection request: {@code limit}, {@code offset}, {@code sort}, {@code expand} and field filters. */
    public static ListQuery list(HttpServletRequest request, QuerySpec spec, ApiCaller caller) {
        Map<String, String> parameters = single(request);
        Map<String, QuerySpec.Column> columns = spec.columnsFor(caller);
        int limit = number(parameters.remove("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = number(parameters.remove("offset"), "offset", 0, 0, Integer.MAX_VALUE);
        String sort = parameters.remove("sort");
        Set<String> expand = expansions(parameters.remove("expand"), spec, caller);
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            Matcher matcher = FILTER.matcher(name);
            QuerySpec.Column column = matcher.matches() ? columns.get(matcher.group(1)) : null;
            if (column == null) {
                throw unknown(name, matcher.matches() && spec.hides(matcher.group(1), caller));
            }
            String operator = OPERATORS.get(matcher.group(2) == null ? "eq" : matcher.group(2));
            if (operator == null) {
                throw ApiException.badParameter(name, "Unknown operator in '" + name
                        + "': use eq, ne, gt, gte, lt or lte, as in " + matcher.group(1) + "[gte]=…", false);
            }
            String key = "filter" + params.size();
            where.append(" and ").append(column.sql()).append(operator).append(':').append(key);
            params.put(key, QueryValues.parse(name, parameter.getValue(), column.type()));
        }
        return new ListQuery(limit, offset, where.toString(), params, orderBy(sort, spec, columns, caller), expand);
    }

    /** A single-record request: only {@code expand} is allowed. */
    public static Set<String> item(HttpServletRequest request, QuerySpec spec, ApiCaller caller) {
        Map<String, String> parameters = single(request);
        Set<String> expand = expansions(parameters.remove("expand"), spec, caller);
        if (!parameters.isEmpty()) {
            String name = parameters.keySet().iterator().next();
            Matcher matcher = FILTER.matcher(name);
            throw unknown(name, matcher.matches() && spec.hides(matcher.group(1), caller));
        }
        return expand;
    }

    /** A request that takes no query parameters at all (writes). */
    public static void none(HttpServletRequest request) {
        Map<String, String> parameters = single(request);
        if (!parameters.isEmpty()) {
            throw unknown(parameters.keySet().iterator().next(), false);
        }
    }

    private static Map<String, String> single(HttpServletRequest request) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            if (entry.getValue().length != 1) {
                throw ApiException.badParameter(entry.getKey(),
                        "Parameter '" + entry.getKey() + "' is given more than once.", false);
            }
            parameters.put(entry.getKey(), entry.getValue()[0]);
        }
        return parameters;
    }

    private static ApiException unknown(String name, boolean hidden) {
        return ApiException.badParameter(name, "Unknown query parameter '" + name + "'.", hidden);
    }

    private static int number(String value, String name, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        }
        catch (NumberFormatException ex) {
            // answered below
        }
        String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
        throw ApiException.badParameter(name, "Parameter '" + name + "' must be a whole number " + range + ".", false);
    }

    private static Set<String> expansions(String value, QuerySpec spec, ApiCaller caller) {
        Set<String> expand = new LinkedHashSet<>();
        if (value == null) {
            return expand;
        }
        Set<String> hidden = caller.hidden(spec.resource());
        for (String name : value.split(",", -1)) {
            QuerySpec.Expansion expansion = spec.expansions().get(name.trim());
            if (expansion == null) {
                throw ApiException.badParameter("expand", "Unknown expansion '" + name.trim() + "' in parameter "
                        + "'expand'" + (spec.expansionNames().isEmpty() ? ": this resource has none."
                                : ": use " + String.join(", ", spec.expansionNames()) + "."), false);
            }
            if (!caller.holds(expansion.scope())) {
                throw ApiException.missingScope(expansion.scope(), caller);
            }
            if (expansion.link() == null || !hidden.contains(expansion.link())) {
                expand.add(name.trim()); // else left out: it would show the hidden link's value
            }
        }
        return expand;
    }

    private static String orderBy(String sort, QuerySpec spec, Map<String, QuerySpec.Column> columns,
            ApiCaller caller) {
        boolean requested = sort != null;
        List<String> order = new ArrayList<>();
        boolean byId = false;
        for (String term : (requested ? sort : spec.defaultSort()).split(",", -1)) {
            String trimmed = term.trim();
            boolean descending = trimmed.startsWith("-");
            String name = descending ? trimmed.substring(1) : trimmed;
            QuerySpec.Column column = columns.get(name);
            if (column == null) {
                if (!requested) {
                    continue; // a default on a hidden field is dropped: the order would hint at its values
                }
                throw ApiException.badParameter("sort", "Unknown sort field '" + name + "' in parameter 'sort'.",
                        spec.hides(name, caller));
            }
            order.add(column.sql() + (descending ? " desc" : ""));
            byId |= name.equals("id");
        }
        if (!byId) {
            order.add(columns.get("id").sql());
        }
        return String.join(", ", order);
    }
}
