package io.gatehouse.access;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a collection of one representation can be filtered, sorted and expanded by. Every filterable field
 * is a catalogue field (or the id), so exclusions apply to filters and sorts exactly as to the JSON.
 */
public final class QuerySpec {

    /** How a filter value is read from the query string and bound to SQL. */
    public enum Type {
        ID, INTEGER, DECIMAL, TEXT, BOOLEAN, INSTANT
    }

    /** @param sql the column or expression in the repository's query */
    public record Column(String sql, Type type) {
    }

    /**
     * @param scope the read scope of the embedded records
     * @param link  the field holding the embedded record's id, or null for records embedded as a list
     */
    record Expansion(String scope, String link) {
    }

    private final String resource;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, Expansion> expansions = new LinkedHashMap<>();
    private final String defaultSort;

    private QuerySpec(String resource, String idColumn, String defaultSort) {
        this.resource = resource;
        this.defaultSort = defaultSort;
        columns.put("id", new Column(idColumn, Type.ID));
    }

    /** @param defaultSort a {@code sort} parameter value used when the request gives none, e.g. {@code -updatedAt} */
    public static QuerySpec of(String resource, String idColumn, String defaultSort) {
        return new QuerySpec(resource, idColumn, defaultSort);
    }

    /** A catalogue field that can be filtered and sorted by. */
    public QuerySpec field(String name, String sql, Type type) {
        if (!FieldCatalogue.names(resource).contains(name)) {
            throw new IllegalArgumentException(resource + "." + name + " is not in the field catalogue");
        }
        columns.put(name, new Column(sql, type));
        return this;
    }

    /** Related records {@code expand} can embed as a list (an order's lines), readable only with {@code scope}. */
    public QuerySpec expansion(String name, String scope) {
        return expansion(name, scope, null);
    }

    /**
     * A related record {@code expand} can embed, readable only with {@code scope}, and linked by the catalogue
     * field {@code link} (an order's {@code customerId}): when the link is hidden from the caller, so is the
     * expansion, since the embedded record would show the hidden id.
     */
    public QuerySpec expansion(String name, String scope, String link) {
        if (!ScopeCatalogue.exists(scope)) {
            throw new IllegalArgumentException("Unknown scope " + scope);
        }
        if (link != null && !FieldCatalogue.names(resource).contains(link)) {
            throw new IllegalArgumentException(resource + "." + link + " is not in the field catalogue");
        }
        expansions.put(name, new Expansion(scope, link));
        return this;
    }

    public String resource() {
        return resource;
    }

    public String defaultSort() {
        return defaultSort;
    }

    /** The fields this caller may filter and sort by: the hidden ones are simply not there. */
    Map<String, Column> columnsFor(ApiCaller caller) {
        Set<String> hidden = caller.hidden(resource);
        Map<String, Column> visible = new LinkedHashMap<>(columns);
        visible.keySet().removeAll(hidden);
        return visible;
    }

    boolean hides(String name, ApiCaller caller) {
        return columns.containsKey(name) && caller.hidden(resource).contains(name);
    }

    Map<String, Expansion> expansions() {
        return Collections.unmodifiableMap(expansions);
    }

    List<String> expansionNames() {
        return List.copyOf(expansions.keySet());
    }
}
