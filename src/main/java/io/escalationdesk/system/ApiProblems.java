package io.escalationdesk.system;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as {@code application/problem+json} (RFC 9457). Bad input names each field in
 * {@code errors}, with the allowed values where there is a list.
 */
@RestControllerAdvice(basePackages = "io.escalationdesk")
class ApiProblems extends ResponseEntityExceptionHandler {

  /** One bad field. {@code allowed} is empty unless the field takes values from a list. */
  record FieldError(String field, String message, List<String> allowed) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldError(error.getField(), error.getDefaultMessage(), List.of()))
        .toList();
    return badRequest(errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    // a @Valid body reports its fields; a plain parameter reports itself
    List<FieldError> errors = e.getParameterValidationResults().stream()
        .flatMap(result -> result instanceof ParameterErrors body
            ? body.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage(), List.of()))
            : result.getResolvableErrors().stream()
                .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                    error.getDefaultMessage(), List.of())))
        .toList();
    return badRequest(errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(reference -> reference.getFieldName() != null
              ? reference.getFieldName() : "[" + reference.getIndex() + "]")
          .collect(Collectors.joining("."));
      Class<?> type = mismatch.getTargetType();
      if (mismatch instanceof InvalidFormatException && type != null && type.isEnum()) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        return badRequest(List.of(new FieldError(field, "must be one of " + allowed, allowed)));
      }
      return badRequest(List.of(new FieldError(field, "has the wrong type", List.of())));
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
        HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
    problem.setTitle("Unreadable request");
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    if (type != null && type.isEnum()) {
      List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
      return badRequest(List.of(new FieldError(e.getName(), "must be one of " + allowed, allowed)));
    }
    return badRequest(List.of(new FieldError(e.getName(), "has the wrong format", List.of())));
  }

  @ExceptionHandler(InvalidFieldException.class)
  ResponseEntity<Object> invalidField(InvalidFieldException e) {
    return badRequest(List.of(new FieldError(e.field(), e.getMessage(), List.of())));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Conflict");
    return problem;
  }

  private static ResponseEntity<Object> badRequest(List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        errors.stream().map(error -> error.field() + " " + error.message())
            .collect(Collectors.joining("; ")));
    problem.setTitle("Invalid request");
    problem.setType(URI.create("https://escalationdesk.io/problems/invalid-request"));
    problem.setProperties(Map.of("errors", errors));
    return ResponseEntity.badRequest().body(problem);
  }
}
