package io.escalationdesk.system;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * What people read instead of codes: "Billing dispute", not {@code BILLING_DISPUTE}. The label of
 * every code agents and customers see, in English and German, lives in
 * {@code labels[_de].properties} under {@code <Type>.<CODE>}.
 */
@Component
public class Labels {

    private static final String BUNDLE = "labels";

    /** The English label, as agents read it in task forms, on the timeline and on the desk. */
    public String of(Enum<?> code) {
        return of(code, Locale.ENGLISH);
    }

    public String of(Enum<?> code, Locale locale) {
        return bundle(locale).getString(keyOf(code));
    }

    /**
     * The English label of a code by the simple name of its type, for a code whose type the caller
     * cannot see (the reports of another package's codes).
     */
    public String of(String type, String code) {
        return bundle(Locale.ENGLISH).getString(type + "." + code);
    }

    /** Every label of the types, by type and code, for pages that show codes. */
    public Map<String, Map<String, String>> allOf(Locale locale, Class<? extends Enum<?>>[] types) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : types) {
            Map<String, String> ofType = new LinkedHashMap<>();
            Arrays.stream(type.getEnumConstants()).forEach(code -> ofType.put(code.name(), of(code, locale)));
            labels.put(type.getSimpleName(), ofType);
        }
        return labels;
    }

    private static String keyOf(Enum<?> code) {
        return code.getDeclaringClass().getSimpleName() + "." + code.name();
    }

    private static ResourceBundle bundle(Locale locale) {
        return MessageBundles.of(BUNDLE, locale);
    }
}
