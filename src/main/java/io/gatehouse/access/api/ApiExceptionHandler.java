package io.gatehouse.access.api;

import java.io.IOException;

import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Answers what API controllers throw, through the same writer as the security chain. */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiResponses responses = new ApiResponses();

    @ExceptionHandler(ApiException.class)
    void refused(ApiException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        responses.write(request, response, ex);
    }

    /** {@code /orders/abc}: no record has that id, so it is answered as any other missing record. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void badId(HttpServletRequest request, HttpServletResponse response) throws IOException {
        responses.write(request, response, ApiException.notFound());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void mediaType(HttpServletRequest request, HttpServletResponse response) throws IOException {
        responses.write(request, response, ApiException.unsupportedMediaType());
    }

    @ExceptionHandler(Exception.class)
    void failed(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
        responses.write(request, response, ApiException.serverError(ex));
    }
}
