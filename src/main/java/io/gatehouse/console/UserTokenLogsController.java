package io.gatehouse.console;

import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.identity.UserTokens;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A user token's Logs page and the detail of one entry: the same pages as a client's, without sessions. A
 * token unknown in this tenant, and an entry of another token or of a client, are the console's 404; a revoked
 * token keeps its logs.
 */
@Controller
@RequestMapping("/console/settings/api/user-tokens/{id}/logs")
class UserTokenLogsController {

    private final UserTokens tokens;
    private final LogsPage page;

    UserTokenLogsController(UserTokens tokens, LogsPage page) {
        this.tokens = tokens;
        this.page = page;
    }

    @GetMapping
    String list(@PathVariable long id, @ModelAttribute("form") LogFilterForm form, Model model,
            HttpServletResponse response) {
        if (!page.render(owner(id), form, model)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return LogsPage.VIEW;
    }

    @GetMapping("/{requestId}")
    String detail(@PathVariable long id, @PathVariable String requestId, Model model) {
        return page.renderEntry(owner(id), requestId, model);
    }

    private LogOwner owner(long id) {
        return LogOwner.of(tokens.find(id).orElseThrow(PageNotFoundException::new));
    }
}
