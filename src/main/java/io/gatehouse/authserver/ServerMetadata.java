package io.gatehouse.authserver;

import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.AUTHORIZATION_ENDPOINT;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.CODE_CHALLENGE_METHODS_SUPPORTED;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.DEVICE_AUTHORIZATION_ENDPOINT;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.DPOP_SIGNING_ALG_VALUES_SUPPORTED;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.GRANT_TYPES_SUPPORTED;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.INTROSPECTION_ENDPOINT_AUTH_METHODS_SUPPORTED;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.JWKS_URI;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.PUSHED_AUTHORIZATION_REQUEST_ENDPOINT;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.REGISTRATION_ENDPOINT;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.RESPONSE_TYPES_SUPPORTED;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.REVOCATION_ENDPOINT_AUTH_METHODS_SUPPORTED;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.SCOPES_SUPPORTED;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.TLS_CLIENT_CERTIFICATE_BOUND_ACCESS_TOKENS;
import static org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames.TOKEN_ENDPOINT_AUTH_METHODS_SUPPORTED;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.access.ScopeCatalogue;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadata;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** The RFC 8414 document, advertising only what this server really serves. */
final class ServerMetadata {

    static final String PATH = "/.well-known/oauth-authorization-server";

    private static final List<String> CLIENT_AUTH_METHODS = List.of(
            ClientAuthenticationMethod.CLIENT_SECRET_BASIC.getValue(),
            ClientAuthenticationMethod.CLIENT_SECRET_POST.getValue());

    private ServerMetadata() {
    }

    /** The framework's customization hook: everything it lets us change. */
    static void customize(OAuth2AuthorizationServerMetadata.Builder metadata) {
        metadata.claims(claims -> {
            List.of(JWKS_URI, CODE_CHALLENGE_METHODS_SUPPORTED, TLS_CLIENT_CERTIFICATE_BOUND_ACCESS_TOKENS,
                    DPOP_SIGNING_ALG_VALUES_SUPPORTED, DEVICE_AUTHORIZATION_ENDPOINT,
                    PUSHED_AUTHORIZATION_REQUEST_ENDPOINT, REGISTRATION_ENDPOINT).forEach(claims::remove);
            claims.put(GRANT_TYPES_SUPPORTED, List.of(AuthorizationGrantType.CLIENT_CREDENTIALS.getValue()));
            claims.put(TOKEN_ENDPOINT_AUTH_METHODS_SUPPORTED, CLIENT_AUTH_METHODS);
            claims.put(INTROSPECTION_ENDPOINT_AUTH_METHODS_SUPPORTED, CLIENT_AUTH_METHODS);
            claims.put(REVOCATION_ENDPOINT_AUTH_METHODS_SUPPORTED, CLIENT_AUTH_METHODS);
            claims.put(SCOPES_SUPPORTED, List.copyOf(ScopeCatalogue.names()));
        });
    }

    /**
     * The framework's builder insists on an authorization endpoint and on a non-empty list of response
     * types, which a client-credentials-only server does not have (RFC 8414 §2 lets it omit the former).
     * This filter takes them out of the finished document.
     */
    static final class Cleanup extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod())
                    || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, buffered);
            byte[] body = buffered.getContentAsByteArray();
            if (buffered.getStatus() != HttpServletResponse.SC_OK || body.length == 0) {
                buffered.copyBodyToResponse();
                return;
            }
            ObjectNode document = (ObjectNode) JsonMapper.shared().readTree(body);
            document.remove(AUTHORIZATION_ENDPOINT);
            document.putArray(RESPONSE_TYPES_SUPPORTED);
            byte[] cleaned = JsonMapper.shared().writeValueAsBytes(document);
            response.setContentLength(cleaned.length);
            response.getOutputStream().write(cleaned);
        }
    }
}
