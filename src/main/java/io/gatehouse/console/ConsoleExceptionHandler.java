package io.gatehouse.console;

import jakarta.servlet.http.HttpServletRequest;

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

    ConsoleExceptionHandler(ConsoleChrome chrome) {
        this.chrome = chrome;
    }

    @ExceptionHandler({ PageNotFoundException.class, MethodArgumentTypeMismatchException.class })
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView("error/404", chrome.attributes(request), HttpStatus.NOT_FOUND);
    }
}
