package io.gatehouse.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the page chrome to console pages and to Boot's error pages (403, 404 in the console layout). */
@ControllerAdvice(basePackages = { "io.gatehouse.console", "org.springframework.boot.webmvc.autoconfigure.error" })
class ConsoleModelAdvice {

    private final ConsoleChrome chrome;

    ConsoleModelAdvice(ConsoleChrome chrome) {
        this.chrome = chrome;
    }

    @ModelAttribute
    void chrome(Model model, HttpServletRequest request) {
        model.addAllAttributes(chrome.attributes(request));
    }
}
