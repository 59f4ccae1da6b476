package io.escalationdesk.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The one way our HTTP endpoints fail: an RFC 9457 problem document. Controllers' errors become
 * problems in {@link ApiProblems}; what answers before any controller (authentication, the size
 * limit, readiness) and the container's error page write theirs here.
 */
@Component
public class Problems {

    static final URI INVALID_REQUEST = URI.create("https://escalationdesk.io/problems/invalid-request");

    /**
     * When a 503 tells the client to ask again (Retry-After): a start, or a PostgreSQL restart or
     * failover, takes seconds.
     */
    public static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    /** A 400 naming every bad field, with the allowed values where there is a list. */
    static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(
                HttpStatus.BAD_REQUEST,
                errors.stream()
                        .map(error -> error.field() + " " + error.message())
                        .collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setType(INVALID_REQUEST);
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The problem as the fields of its JSON document. */
    @SuppressWarnings("unchecked")
    Map<String, Object> fieldsOf(ProblemDetail problem) {
        return json.convertValue(problem, Map.class);
    }
}
