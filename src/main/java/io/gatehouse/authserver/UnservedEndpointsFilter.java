package io.gatehouse.authserver;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.shared.ProblemResponses;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The framework also wires endpoints this server does not offer (authorization, JWK set, and the OpenID
 * and device paths clients probe for). Everything under the paths this chain claims answers 404 unless it
 * is one of the four endpoints we serve; a served path asked with the wrong method answers 405.
 */
final class UnservedEndpointsFilter extends OncePerRequestFilter {

    static final String TOKEN = "/oauth2/token";
    static final String INTROSPECT = "/oauth2/introspect";
    static final String REVOKE = "/oauth2/revoke";

    /** What the authorization server's filter chain answers for, served or not. */
    static final RequestMatcher CLAIMED_PATHS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/oauth2/**"),
            PathPatternRequestMatcher.withDefaults().matcher(ServerMetadata.PATH + "/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/.well-known/openid-configuration/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/connect/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/userinfo"));

    private static final Map<String, HttpMethod> SERVED = Map.of(
            TOKEN, HttpMethod.POST,
            INTROSPECT, HttpMethod.POST,
            REVOKE, HttpMethod.POST,
            ServerMetadata.PATH, HttpMethod.GET);

    private static final String NOT_ALLOWED = """
            {"type":"about:blank","title":"Method Not Allowed","status":405}""";

    /** The request's path if it is one of the endpoints served here, whatever its method; else null. */
    static String servedPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SERVED.containsKey(path) ? path : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpMethod allowed = SERVED.get(request.getRequestURI().substring(request.getContextPath().length()));
        if (allowed == null) {
            ProblemResponses.write(response, HttpServletResponse.SC_NOT_FOUND, ProblemResponses.NOT_FOUND);
        }
        else if (!allowed.matches(request.getMethod())) {
            response.setHeader("Allow", allowed.name());
            ProblemResponses.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, NOT_ALLOWED);
        }
        else {
            chain.doFilter(request, response);
        }
    }
}
