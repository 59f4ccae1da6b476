package io.escalationdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.cases.Trigger;
import io.escalationdesk.system.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every code people read has a label in English and in German, and no label is left over. */
class LabelsTest {

    private final Labels labels = new Labels();

    @Test
    void everyCodeHasAnEnglishAndAGermanLabel() throws IOException {
        Set<String> codes = Arrays.stream(LabelsController.LABELLED)
                .flatMap(type ->
                        Arrays.stream(type.getEnumConstants()).map(code -> type.getSimpleName() + "." + code.name()))
                .collect(Collectors.toSet());

        assertThat(bundle("labels.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(bundle("labels_de.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void germanLabelsAreGerman() {
        assertThat(labels.of(Trigger.BILLING_DISPUTE)).isEqualTo("Billing dispute");
        assertThat(labels.of(Trigger.BILLING_DISPUTE, Locale.GERMAN)).isEqualTo("Rechnungsstreit");
        assertThat(labels.allOf(Locale.GERMAN, LabelsController.LABELLED).get("Level"))
                .containsEntry("TIER2", "2nd Level");
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
