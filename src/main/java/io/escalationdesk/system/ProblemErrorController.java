package io.escalationdesk.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page, for errors no controller handled (a filter failed, the server
 * refused a request): a problem document for API clients instead of Spring's own JSON; browsers
 * keep the HTML page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

    private final Problems problems;

    ProblemErrorController(
            ErrorAttributes errorAttributes,
            ServerProperties server,
            ObjectProvider<ErrorViewResolver> errorViewResolvers,
            Problems problems) {
        super(
                errorAttributes,
                server.getError(),
                errorViewResolvers.orderedStream().toList());
        this.problems = problems;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseOutage.isCauseOf(failure)) {
            // signing in, before any controller: the engine's identity service found no database
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(fieldsOf(request, DatabaseOutage.problem()));
        }
        HttpStatus status = getStatus(request);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(fieldsOf(
                        request,
                        Problems.of(
                                status,
                                status.is5xxServerError()
                                        ? "The desk could not handle the request. The error is logged; please try again later."
                                        : "The request was refused: " + status.getReasonPhrase())));
    }

    private Map<String, Object> fieldsOf(HttpServletRequest request, ProblemDetail problem) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(URI.create(path.toString()));
        }
        return problems.fieldsOf(problem);
    }
}
