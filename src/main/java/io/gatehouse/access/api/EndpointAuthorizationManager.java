package io.gatehouse.access.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Endpoint;
import io.gatehouse.access.Scope;
import io.gatehouse.access.ScopeCatalogue;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one place that decides whether a request may reach an API endpoint: it maps the request to its
 * endpoint in the {@link ScopeCatalogue} and grants it only with that endpoint's scope. A path the
 * catalogue does not list is never served, even if a controller answers it.
 */
final class EndpointAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    /** The routes by the path's first segment after {@code /api/v3}: a request is matched against a few only. */
    private final Map<String, List<Route>> routesByResource;

    EndpointAuthorizationManager() {
        PathPatternParser parser = new PathPatternParser();
        this.routesByResource = ScopeCatalogue.all().stream()
                .flatMap(scope -> scope.endpoints().stream().map(e -> new Route(parser.parse(e.path()), e, scope)))
                .collect(Collectors.groupingBy(r -> resource(PathContainer.parsePath(r.endpoint().path())),
                        Collectors.toUnmodifiableList()));
        if (routesByResource.keySet().stream().anyMatch(k -> k.isEmpty() || k.contains("{") || k.contains("*"))) {
            throw new IllegalStateException("Every catalogued path names its resource after "
                    + Endpoint.API_PREFIX + ": " + routesByResource.keySet());
        }
    }

    /** The third segment of {@code /api/v3/orders/6}, decoded as the patterns match it; "" when there is none. */
    private static String resource(PathContainer path) {
        int segment = 0;
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment s && ++segment == 3) {
                return s.valueToMatch();
            }
        }
        return "";
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication current = authentication.get();
        if (current == null || !(current.getPrincipal() instanceof ApiCaller caller)) {
            return EndpointDecision.NO_CALLER;
        }
        String method = "HEAD".equals(context.getRequest().getMethod()) ? "GET" : context.getRequest().getMethod();
        PathContainer path = path(context.getRequest());
        // A loop, not a stream: this runs on every API request, and most resources have a handful of routes.
        List<String> methodsOfPath = null;
        for (Route route : routesByResource.getOrDefault(resource(path), List.of())) {
            if (!route.pattern().matches(path)) {
                continue;
            }
            if (route.endpoint().method().equals(method)) {
                return caller.holds(route.scope().name()) ? EndpointDecision.GRANTED
                        : new EndpointDecision.MissingScope(route.scope().name());
            }
            if (methodsOfPath == null) {
                methodsOfPath = new ArrayList<>();
            }
            methodsOfPath.add(route.endpoint().method());
        }
        return methodsOfPath == null ? EndpointDecision.UNKNOWN_ENDPOINT
                : new EndpointDecision.MethodNotAllowed(methodsOfPath.stream().distinct().toList());
    }

    /** The path as parsed once per request for the handler mappings and the security matchers, when it is. */
    private static PathContainer path(HttpServletRequest request) {
        return ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()
                : PathContainer.parsePath(request.getRequestURI());
    }

    private record Route(PathPattern pattern, Endpoint endpoint, Scope scope) {
    }
}
