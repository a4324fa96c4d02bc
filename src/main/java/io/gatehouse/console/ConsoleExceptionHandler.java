package io.gatehouse.console;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.gatehouse.clients.ClientRevokedException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Unknown (or another tenant's) client ids, and ids that are not numbers, get the console's 404 page.
 * Rendered here rather than via the container's error dispatch, so the page keeps the tenant's chrome.
 */
// Before Boot's problem-details advice, which would answer a malformed id with a JSON 400.
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(basePackageClasses = ConsoleExceptionHandler.class)
class ConsoleExceptionHandler {

    private final ConsoleChrome chrome;
    private final ClientViews views;
    private final ClientDetailPage detail;

    ConsoleExceptionHandler(ConsoleChrome chrome, ClientViews views, ClientDetailPage detail) {
        this.chrome = chrome;
        this.views = views;
        this.detail = detail;
    }

    @ExceptionHandler({ PageNotFoundException.class, MethodArgumentTypeMismatchException.class })
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView("error/404", chrome.attributes(request), HttpStatus.NOT_FOUND);
    }

    /** Edit, rotate or revoke asked of a revoked client (or one revoked meanwhile): 409 on its detail page. */
    @ExceptionHandler(ClientRevokedException.class)
    ModelAndView revoked(ClientRevokedException ex, HttpServletRequest request) {
        Map<String, Object> model = new LinkedHashMap<>(chrome.attributes(request));
        model.putAll(detail.revokedAttributes(views.require(ex.clientPk())));
        return new ModelAndView(ClientDetailPage.VIEW, model, HttpStatus.CONFLICT);
    }
}
