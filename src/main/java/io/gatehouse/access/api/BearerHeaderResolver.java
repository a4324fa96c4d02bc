package io.gatehouse.access.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * The bearer token of an API request, from its {@code Authorization} header only (RFC 6750 §2.1): what
 * {@link DefaultBearerTokenResolver} answers with its defaults, without its regular expression, which was a
 * few microseconds of every API call (decisions §27). A header that starts with "Bearer" but is not
 * {@code Bearer <token68>} is refused as malformed, as there; any other header is no bearer token.
 *
 * <p>As the chain's authentication converter it makes the provider's request from the token alone: Spring
 * Security's converter also attaches the request's web details (remote address, session id), which nothing
 * in the API reads.
 */
final class BearerHeaderResolver implements BearerTokenResolver, AuthenticationConverter {

    private static final String SCHEME = "Bearer";

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        int start = SCHEME.length() + 1;
        if (header.length() <= start || header.charAt(start - 1) != ' ' || !isToken68(header, start)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return header.substring(start);
    }

    @Override
    public BearerTokenAuthenticationToken convert(HttpServletRequest request) {
        String token = resolve(request);
        return token == null ? null : new BearerTokenAuthenticationToken(token);
    }

    /** {@code token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="} from {@code from} to the end. */
    private static boolean isToken68(String value, int from) {
        int i = from;
        while (i < value.length() && isTokenChar(value.charAt(i))) {
            i++;
        }
        if (i == from) {
            return false;
        }
        while (i < value.length() && value.charAt(i) == '=') {
            i++;
        }
        return i == value.length();
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
