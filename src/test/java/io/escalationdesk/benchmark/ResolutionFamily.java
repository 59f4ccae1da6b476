package io.escalationdesk.benchmark;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.ResolutionCode;
import java.util.List;
import java.util.Map;

/**
 * A kind of concern and how the call center resolves it: the truth a suggestion is measured
 * against. Its descriptions are templates in each language; {@code {a|b}} is one of the
 * alternatives, {@code {month}}, {@code {amount}}, {@code {number}} and {@code {weekday}} are
 * filled in per case (see {@link ResolvedCorpus}).
 *
 * @param weight how common the concern is, relative to the others
 */
record ResolutionFamily(
        String name,
        int weight,
        Category category,
        Trigger trigger,
        Level level,
        ResolutionCode resolution,
        Map<Language, String> notes,
        Map<Language, List<String>> descriptions) {

    /** A family with its English and German descriptions (several each) and resolution notes. */
    static ResolutionFamily of(
            String name,
            int weight,
            Category category,
            Trigger trigger,
            Level level,
            ResolutionCode resolution,
            String noteEn,
            String noteDe,
            List<String> english,
            List<String> german) {
        return new ResolutionFamily(
                name,
                weight,
                category,
                trigger,
                level,
                resolution,
                Map.of(Language.EN, noteEn, Language.DE, noteDe),
                Map.of(Language.EN, english, Language.DE, german));
    }
}
