package io.gatehouse.console;

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
        return VIEW;
    }

    /** The tenant's token endpoint, at the origin the admin is using right now. */
    static String tokenUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).replacePath("/oauth2/token").replaceQuery(null)
                .build().toUriString();
    }

    /** Client ids and secrets are base62 with a prefix, so single quotes are safe in any POSIX shell. */
    static String curl(String clientId, String secret, String tokenUrl) {
        return "curl -s -u '" + clientId + ":" + secret + "' -d grant_type=client_credentials " + tokenUrl;
    }
}
