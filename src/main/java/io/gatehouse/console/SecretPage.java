package io.gatehouse.console;

import io.gatehouse.access.Endpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one page that shows a client secret. It is rendered straight from the POST that made the secret —
 * never redirected to, flashed or kept in the session — and marked no-store so no cache keeps a copy.
 */
final class SecretPage {

    static final String VIEW = "console/clients/secret";

    private SecretPage() {
    }

    /**
     * @param heading    what just happened ("Client created", "Secret rotated")
     * @param graceNote  what became of the previous secret, or null for a new client
     */
    static String render(Model model, HttpServletRequest request, HttpServletResponse response, ClientView client,
            String secret, String heading, String graceNote) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        model.addAttribute("client", client);
        model.addAttribute("secret", secret);
        model.addAttribute("heading", heading);
        model.addAttribute("graceNote", graceNote);
        model.addAttribute("tokenUrl", tokenUrl(request));
        model.addAttribute("curl", curl(client.clientId(), secret, tokenUrl(request)));
        model.addAttribute("apiCurl", apiCurl(client, request));
        model.addAttribute("docsUrl", origin(request, Endpoint.API_PREFIX + "/docs"));
        return VIEW;
    }

    /** A first call the client may make: the first collection its scopes open, in catalogue order. */
    static String apiCurl(ClientView client, HttpServletRequest request) {
        return client.scopes().stream().flatMap(scope -> scope.endpoints().stream())
                .filter(endpoint -> endpoint.method().equals("GET") && !endpoint.path().endsWith("}"))
                .findFirst()
                .map(endpoint -> "curl -s -H 'Authorization: Bearer <access_token>' "
                        + origin(request, endpoint.path()))
                .orElse(null);
    }

    /** The tenant's token endpoint, at the origin the admin is using right now. */
    static String tokenUrl(HttpServletRequest request) {
        return origin(request, "/oauth2/token");
    }

    private static String origin(HttpServletRequest request, String path) {
        return ServletUriComponentsBuilder.fromContextPath(request).replacePath(path).replaceQuery(null)
                .build().toUriString();
    }

    /** Client ids and secrets are base62 with a prefix, so single quotes are safe in any POSIX shell. */
    static String curl(String clientId, String secret, String tokenUrl) {
        return "curl -s -u '" + clientId + ":" + secret + "' -d grant_type=client_credentials " + tokenUrl;
    }
}
