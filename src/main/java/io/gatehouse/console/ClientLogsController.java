package io.gatehouse.console;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A client's Logs page and the detail of one entry. A client id unknown in this tenant, and an entry of
 * another client, are the console's 404.
 */
@Controller
@RequestMapping("/console/settings/api/clients/{id}/logs")
class ClientLogsController {

    private final ClientViews views;
    private final LogsPage page;

    ClientLogsController(ClientViews views, LogsPage page) {
        this.views = views;
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
        return LogOwner.of(views.view(views.require(id)));
    }
}
