package io.escalationdesk.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server answers before the processes are deployed (about a second on a fresh start):
 * until the node is ready, {@code /api} says 503 with {@code Retry-After} rather than failing
 * on a process that is not there yet. Runs before authentication, after CORS.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReadinessGate extends OncePerRequestFilter {

    private final Readiness readiness;
    private final Problems problems;

    ReadinessGate(Readiness readiness, Problems problems) {
        this.readiness = readiness;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return readiness.isReady() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        problems.write(
                request,
                response,
                Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "The desk is starting; try again in a few seconds"));
    }
}
