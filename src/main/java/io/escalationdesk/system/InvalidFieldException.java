package io.escalationdesk.system;

import java.util.List;
import java.util.stream.Collectors;

/** Data that breaks a rule, naming every field that does: a 400 problem for an API caller. */
public class InvalidFieldException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidFieldException(List<FieldError> errors) {
        super(errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
