package io.escalationdesk.system;

import java.util.List;

/**
 * One bad field of a request, as problem documents list it.
 *
 * @param allowed the values the field takes when they come from a list; empty otherwise
 */
public record FieldError(String field, String message, List<String> allowed) {

    public FieldError(String field, String message) {
        this(field, message, List.of());
    }
}
