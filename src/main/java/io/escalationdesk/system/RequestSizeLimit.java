package io.escalationdesk.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over the documented limit with 413 before anything reads them.
 * Bodies without a length (chunked) are refused too: our clients always know the length.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final Problems problems;

    RequestSizeLimit(@Value("${escalation.api.max-request-bytes:16384}") long maxBytes, Problems problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && (request.getContentLengthLong() < 0 || request.getContentLengthLong() > maxBytes)) {
            problems.write(
                    request,
                    response,
                    Problems.of(
                            HttpStatus.PAYLOAD_TOO_LARGE,
                            "Request bodies are limited to %d bytes and need a Content-Length".formatted(maxBytes)));
            return;
        }
        chain.doFilter(request, response);
    }
}
