package io.gatehouse.console;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.requestlog.LogSubject;
import io.gatehouse.requestlog.RequestLogEntry;
import io.gatehouse.requestlog.RequestLogs;

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

    static final String DETAIL = "console/clients/logs-detail";

    private final ClientViews views;
    private final ClientLogsPage page;
    private final RequestLogs logs;

    ClientLogsController(ClientViews views, ClientLogsPage page, RequestLogs logs) {
        this.views = views;
        this.page = page;
        this.logs = logs;
    }

    @GetMapping
    String list(@PathVariable long id, @ModelAttribute("form") LogFilterForm form, Model model,
            HttpServletResponse response) {
        if (!page.render(views.view(views.require(id)), form, model)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return ClientLogsPage.VIEW;
    }

    @GetMapping("/{requestId}")
    String detail(@PathVariable long id, @PathVariable String requestId, Model model) {
        ClientView client = views.view(views.require(id));
        RequestLogEntry entry = logs.find(LogSubject.client(id), requestId).orElseThrow(PageNotFoundException::new);
        model.addAttribute("client", client);
        model.addAttribute("entry", LogRow.of(entry));
        model.addAttribute("sessionHref", entry.sessionId() == null ? null
                : ClientLogsPage.href("/console/settings/api/clients/" + id + "/logs",
                        Map.of("session", entry.sessionId())));
        return DETAIL;
    }
}
