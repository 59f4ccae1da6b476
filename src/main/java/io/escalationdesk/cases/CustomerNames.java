package io.escalationdesk.cases;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A customer's name as it is searched: lower case, without accents, and German umlauts written
 * out or not alike, so "juergen mueller", "Jurgen Muller" and "JÜRGEN MÜLLER" all find "Jürgen
 * Müller". Both the stored name and the searched one take this form.
 */
public final class CustomerNames {

    private CustomerNames() {}

    public static String searchKey(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ae", "a")
                .replace("oe", "o")
                .replace("ue", "u");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
