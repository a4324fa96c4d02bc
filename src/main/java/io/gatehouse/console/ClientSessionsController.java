package io.gatehouse.console;

import io.gatehouse.authserver.SessionPage;
import io.gatehouse.authserver.Sessions;
import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * View Sessions: a client's live sessions (issued access tokens), newest first, and their revocation. A
 * revoked session is refused on its next request on every node, because every request reads the session.
 */
@Controller
@RequestMapping("/console/settings/api/clients/{id}/sessions")
class ClientSessionsController {

    static final int PAGE_SIZE = 25;

    private final Sessions sessions;
    private final ClientViews views;
    private final ClientRegistry registry;

    ClientSessionsController(Sessions sessions, ClientViews views, ClientRegistry registry) {
        this.sessions = sessions;
        this.views = views;
        this.registry = registry;
    }

    @GetMapping
    String list(@PathVariable long id, @RequestParam(defaultValue = "0") String offset, Model model) {
        OAuthClient client = views.require(id);
        SessionPage page = sessions.page(id, parseOffset(offset), PAGE_SIZE);
        model.addAttribute("client", views.view(client));
        model.addAttribute("sessions", page);
        return "console/clients/sessions";
    }

    @PostMapping("/{sessionId}/revoke")
    String revoke(@PathVariable long id, @PathVariable String sessionId, RedirectAttributes redirect) {
        views.require(id);
        if (sessions.revoke(id, sessionId)) {
            registry.recordInAudit(id, CurrentUser.actor(), "session revoked", "session " + sessionId);
            redirect.addFlashAttribute("notice", "Session " + sessionId
                    + " is revoked: its token is refused from its next request on.");
        }
        else {
            redirect.addFlashAttribute("notice", "Session " + sessionId
                    + " was already revoked or expired; nothing changed.");
        }
        return "redirect:/console/settings/api/clients/" + id + "/sessions";
    }

    @GetMapping("/revoke-all")
    String confirmRevokeAll(@PathVariable long id, Model model) {
        OAuthClient client = views.require(id);
        model.addAttribute("client", views.view(client));
        model.addAttribute("active", sessions.countActive(id));
        return "console/clients/revoke-sessions";
    }

    @PostMapping("/revoke-all")
    String revokeAll(@PathVariable long id, RedirectAttributes redirect) {
        views.require(id);
        int revoked = sessions.revokeAll(id);
        if (revoked > 0) {
            registry.recordInAudit(id, CurrentUser.actor(), "sessions revoked",
                    revoked + (revoked == 1 ? " live session" : " live sessions"));
        }
        redirect.addFlashAttribute("notice", revoked == 0 ? "There were no live sessions to revoke."
                : "Revoked " + revoked + (revoked == 1 ? " session" : " sessions")
                        + ". The client itself still works: it can request new tokens.");
        return "redirect:/console/settings/api/clients/" + id + "/sessions";
    }

    /** A hand-edited offset that is not a number starts at the first page rather than failing. */
    private static int parseOffset(String offset) {
        try {
            return Math.max(0, Integer.parseInt(offset.trim()));
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }
}
