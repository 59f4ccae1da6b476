package io.escalationdesk.knowledge;

import io.escalationdesk.cases.Language;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.system.Labels;
import io.escalationdesk.system.MessageBundles;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * "7 of 9 similar cases were resolved at Tier 1 with 'Workaround given'": how often cases like
 * this one were resolved at Tier 1, with the resolution Tier 1 gave most often. A reason for Tier 1
 * to try before escalating, and for the policy to push such cases down.
 *
 * @param atTierOne the similar cases resolved at Tier 1 with {@code resolution}
 * @param of the similar cases looked at
 * @param wording the sentence in every language the desk speaks
 */
public record TierOneHint(int atTierOne, int of, ResolutionCode resolution, Map<Language, String> wording) {

    private static final String BUNDLE = "knowledge";

    /** None when no similar case was resolved at Tier 1. */
    static Optional<TierOneHint> of(int of, Map<ResolutionCode, Integer> atTierOneByResolution, Labels labels) {
        return atTierOneByResolution.entrySet().stream()
                .filter(resolved -> resolved.getValue() > 0)
                // the most frequent; of equals, the first in the codes' order
                .max(Comparator.<Map.Entry<ResolutionCode, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(most -> {
                    Map<Language, String> wording = new EnumMap<>(Language.class);
                    Arrays.stream(Language.values())
                            .forEach(language -> wording.put(
                                    language,
                                    MessageFormat.format(
                                            MessageBundles.of(BUNDLE, language.locale)
                                                    .getString("tierOneHint"),
                                            most.getValue(),
                                            of,
                                            labels.of(most.getKey(), language.locale))));
                    return new TierOneHint(most.getValue(), of, most.getKey(), wording);
                });
    }
}
