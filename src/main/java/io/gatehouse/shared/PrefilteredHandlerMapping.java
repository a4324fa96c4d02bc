package io.gatehouse.shared;

import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Spring MVC's request mappings, with a cheap first test before each mapping's conditions. A path with a variable
 * ({@code /api/v3/orders/6}) has no direct match, so Spring asks every mapping of the application (about 85) all of
 * its conditions: method, headers, media types, version, patterns. That was about 30 µs of every API read in the
 * benchmark's profile (docs/decisions.md §36). Here a mapping none of whose patterns' literal beginnings the path
 * starts with is passed over first; Spring's own matching chooses among the rest, and answers a request nothing
 * matches (404, 405, 406) from all mappings, as before.
 *
 * <p>The test is only a necessary condition of a match: the literal segments before a pattern's first wildcard or
 * variable must be in the path as written. So it is made only where the lookup path is the text the patterns are
 * matched against: patterns parsed case-sensitively, and no percent-encoding in the path (PathPattern compares
 * decoded segments).
 */
final class PrefilteredHandlerMapping extends RequestMappingHandlerMapping {

    /** The path of the lookup under way on this thread, while it runs. */
    private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();
    private static final String[] ANY_PATH = { "" };

    /**
     * Each mapping's prefixes, by identity: a lookup asks for every mapping's, and a concurrent map's lookup was
     * two thirds of the test's cost. Copied on write (mappings are registered at start), so reads take no lock.
     */
    private volatile Map<RequestMappingInfo, String[]> prefixes = new IdentityHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        PathPatternParser parser = getPatternParser();
        if (parser == null || !parser.isCaseSensitive() || lookupPath.indexOf('%') >= 0) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        // Spring's lookup dispatches nothing, so no lookup runs inside another; were one to, the outer one would go
        // on without a path, which only turns the prefilter off.
        LOOKUP_PATH.set(lookupPath);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        finally {
            LOOKUP_PATH.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = LOOKUP_PATH.get();
        return path == null || mayMatch(info, path) ? super.getMatchingMapping(info, request) : null;
    }

    /** False only if none of the mapping's patterns can match the (case-sensitive, unencoded) lookup path. */
    boolean mayMatch(RequestMappingInfo info, String lookupPath) {
        String[] known = prefixes.get(info);
        for (String prefix : known != null ? known : remember(info)) {
            if (lookupPath.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private synchronized String[] remember(RequestMappingInfo info) {
        Map<RequestMappingInfo, String[]> copy = new IdentityHashMap<>(prefixes);
        String[] computed = copy.computeIfAbsent(info, PrefilteredHandlerMapping::prefixes);
        prefixes = copy;
        return computed;
    }

    private static String[] prefixes(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null) {
            return ANY_PATH;
        }
        return condition.getPatterns().stream().map(PathPattern::getPatternString)
                .map(PrefilteredHandlerMapping::literalPrefix).toArray(String[]::new);
    }

    /**
     * What every path a pattern matches starts with: its segments up to the one holding its first wildcard or
     * variable, without the slash before that one ({@code /docs/**} matches {@code /docs}), nor a trailing slash.
     */
    static String literalPrefix(String pattern) {
        int special = firstSpecial(pattern);
        String literal = special < 0 ? pattern : pattern.substring(0, Math.max(0, pattern.lastIndexOf('/', special)));
        return literal.endsWith("/") ? literal.substring(0, literal.length() - 1) : literal;
    }

    private static int firstSpecial(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '{' || c == '\\') {
                return i;
            }
        }
        return -1;
    }
}
