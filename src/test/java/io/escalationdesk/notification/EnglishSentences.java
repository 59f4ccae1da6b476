package io.escalationdesk.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The wording of English bundles as a reader would spot it in another language: every run of
 * three words or more between placeholders and punctuation ("is taking longer than we promised").
 */
final class EnglishSentences {

    private static final int WORDS = 3;

    private EnglishSentences() {}

    static Set<String> of(String... bundles) {
        Set<String> fragments = new TreeSet<>();
        for (String bundle : bundles) {
            Properties properties = new Properties();
            try (InputStream in = EnglishSentences.class.getResourceAsStream(bundle)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.forEach((key, value) -> {
                if (!key.toString().endsWith(".pattern")) {
                    Arrays.stream(value.toString().split("\\{\\d+}|[.,:;!?()\"]"))
                            .map(String::strip)
                            .filter(fragment -> fragment.split("\\s+").length >= WORDS)
                            .forEach(fragments::add);
                }
            });
        }
        return fragments;
    }
}
