package io.escalationdesk.system;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a controller, and of a request no controller takes (a media type none accepts),
 * as a problem document. Bad input names each field in {@code errors}; a database out of reach is
 * a 503 ({@link DatabaseOutage}); an unexpected exception is a 500 that tells nothing about our
 * insides, and is logged.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a query parameter of a parameter object that does not convert, e.g. an unknown code
        return badRequest(e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.isBindingFailure()
                        ? typeMismatch(error.getField(), e.getBindingResult().getFieldType(error.getField()))
                        : new FieldError(error.getField(), error.getDefaultMessage()))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a @Valid body reports its fields; a plain parameter reports itself
        return badRequest(e.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream()
                                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                        : result.getResolvableErrors().stream()
                                .map(error -> new FieldError(
                                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            // volumes[0].channel, as bean validation names it
            String path = mismatch.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? "." + reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining());
            String field = path.startsWith(".") ? path.substring(1) : path;
            Class<?> type = mismatch.getTargetType();
            if (mismatch instanceof InvalidFormatException && type != null && type.isEnum()) {
                return badRequest(List.of(oneOf(field, type)));
            }
            return badRequest(List.of(new FieldError(field, "has the wrong type")));
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
        problem.setTitle("Unreadable request");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(typeMismatch(e.getName(), e.getRequiredType())));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException e) {
        return badRequest(e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(UnverifiedSenderException.class)
    ProblemDetail unverified(UnverifiedSenderException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Unauthorized");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    /** Two requests changed the same rows at once and the database refused one: send it again. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail concurrentChange(ConcurrencyFailureException e) {
        log.info("Request refused, it met a concurrent change: {}", e.toString());
        ProblemDetail problem = Problems.of(
                HttpStatus.CONFLICT, "The case changed at the same moment; nothing was recorded, send it again");
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.isCauseOf(e)) {
            log.warn("Request refused, the database is out of reach or busy: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
                    .body(DatabaseOutage.problem());
        }
        log.error("Request failed unexpectedly", e);
        return ResponseEntity.internalServerError()
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "The desk could not handle the request. The error is logged; please try again later."));
    }

    private static FieldError typeMismatch(String field, Class<?> type) {
        return type != null && type.isEnum() ? oneOf(field, type) : new FieldError(field, "has the wrong format");
    }

    private static FieldError oneOf(String field, Class<?> enumType) {
        List<String> allowed =
                Arrays.stream(enumType.getEnumConstants()).map(Object::toString).toList();
        return new FieldError(field, "must be one of " + allowed, allowed);
    }

    private static ResponseEntity<Object> badRequest(List<FieldError> errors) {
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }
}
