package io.gatehouse.requestlog;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import io.gatehouse.access.Attribution;
import io.gatehouse.access.Refusal;
import io.gatehouse.shared.TimeOrderedIds;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request to {@code /api/v3} and {@code /oauth2} a request id ({@code X-Request-Id}), and once it
 * is answered hands an entry to the {@link RequestLogWriter} when the request could be tied to a client or
 * a user token. Runs inside the tenant filter and around Spring Security, so it sees every refusal.
 * Reads no body and no {@code Authorization} header.
 */
class RequestLogFilter extends OncePerRequestFilter {

    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final RequestLogWriter writer;
    private final Clock clock;

    RequestLogFilter(RequestLogWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant at = clock.instant();
        long started = System.nanoTime();
        String requestId = TimeOrderedIds.next(at.toEpochMilli());
        response.setHeader(REQUEST_ID_HEADER, requestId);
        CountingResponse counting = new CountingResponse(response);
        boolean failed = true;
        try {
            chain.doFilter(request, counting);
            failed = false;
        }
        finally {
            long micros = (System.nanoTime() - started) / 1_000;
            // An exception escaping the chain becomes the container's 500 after this filter has returned.
            int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : counting.getStatus();
            record(request, requestId, at, status, micros, counting.bytes());
        }
    }

    private void record(HttpServletRequest request, String requestId, Instant at, int status, long micros,
            long bytes) {
        Attribution attribution = Attribution.of(request);
        Tenant tenant = TenantContext.current().orElse(null);
        if (attribution == null || tenant == null) {
            return;
        }
        Refusal refusal = Refusal.of(request);
        writer.accept(new RequestLogEntry(tenant.id(), requestId, at, attribution.clientPk(),
                attribution.sessionId(), attribution.userTokenId(), request.getMethod(),
                request.getRequestURI(), QueryRedaction.redact(request.getQueryString()),
                status, micros, bytes, request.getRemoteAddr(), request.getHeader("User-Agent"),
                refusal == null ? null : refusal.code(), refusal == null ? null : refusal.sentence()));
    }
}
