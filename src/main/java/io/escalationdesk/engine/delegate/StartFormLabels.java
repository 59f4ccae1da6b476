package io.escalationdesk.engine.delegate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The labels of Tasklist's start form ({@code forms/EscalationRequest.form}) by the variable each
 * field sets, read from the form itself: a refused start names a field as the person read it.
 */
@Component
class StartFormLabels {

    private static final String FORM = "forms/EscalationRequest.form";

    private final Map<String, String> labels = new HashMap<>();

    StartFormLabels(ObjectMapper json) {
        try (InputStream form = new ClassPathResource(FORM).getInputStream()) {
            for (JsonNode field : json.readTree(form).findParents("key")) {
                String variable = field.get("key").asText();
                labels.put(variable, field.path("label").asText(variable));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FORM, e);
        }
    }

    /** The label of the field that sets the variable; the variable's name for one not on the form. */
    String of(String variable) {
        return labels.getOrDefault(variable, variable);
    }
}
