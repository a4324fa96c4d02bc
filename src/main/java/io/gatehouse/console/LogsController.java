package io.gatehouse.console;

import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.identity.UserTokens;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Logs pages of a client and of a user token, and the detail of one entry: the same pages over a different
 * {@link LogOwner}. An id unknown in this tenant, and an entry of anyone else, are the console's 404; a revoked
 * client or token keeps its logs.
 */
@Controller
class LogsController {

    private static final String CLIENT = "/console/settings/api/clients/{id}/logs";
    private static final String USER_TOKEN = "/console/settings/api/user-tokens/{id}/logs";

    private final ClientViews clients;
    private final UserTokens tokens;
    private final LogsPage page;

    LogsController(ClientViews clients, UserTokens tokens, LogsPage page) {
        this.clients = clients;
        this.tokens = tokens;
        this.page = page;
    }

    @GetMapping(CLIENT)
    String clientLogs(@PathVariable long id, @ModelAttribute("form") LogFilterForm form, Model model,
            HttpServletResponse response) {
        return list(client(id), form, model, response);
    }

    @GetMapping(CLIENT + "/{requestId}")
    String clientEntry(@PathVariable long id, @PathVariable String requestId, Model model) {
        return page.renderEntry(client(id), requestId, model);
    }

    @GetMapping(USER_TOKEN)
    String userTokenLogs(@PathVariable long id, @ModelAttribute("form") LogFilterForm form, Model model,
            HttpServletResponse response) {
        return list(userToken(id), form, model, response);
    }

    @GetMapping(USER_TOKEN + "/{requestId}")
    String userTokenEntry(@PathVariable long id, @PathVariable String requestId, Model model) {
        return page.renderEntry(userToken(id), requestId, model);
    }

    /** A filter that could not be read answers 400 with the page saying why. */
    private String list(LogOwner owner, LogFilterForm form, Model model, HttpServletResponse response) {
        if (!page.render(owner, form, model)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return LogsPage.VIEW;
    }

    private LogOwner client(long id) {
        return LogOwner.of(clients.view(clients.require(id)));
    }

    private LogOwner userToken(long id) {
        return LogOwner.of(tokens.find(id).orElseThrow(PageNotFoundException::new));
    }
}
