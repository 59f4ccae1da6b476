package io.escalationdesk.knowledge;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Language;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.knowledge.IndexedArticles.SuggestedArticle;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.Labels;
import io.escalationdesk.system.MessageBundles;
import io.escalationdesk.system.NotFoundException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What a task form shows an agent beside a case, as plain text in the case's language: the Tier 1
 * hint, the similar resolved cases, the suggested articles and the customer's history, and the
 * suggestions they can mark "This helped". Whatever it shows is recorded shown ({@link
 * SuggestionLog}), so what helped can be counted against what was offered.
 */
@Service
public class KnowledgePanel {

    private static final String BUNDLE = "knowledge";

    /**
     * @param tierOneHint none when no similar case was resolved at Tier 1
     * @param helpedOptions the suggestions shown, as {@code CASE:<number>} or {@code ARTICLE:<id>}
     *     with a label
     */
    public record Panel(
            String tierOneHint,
            String similarCases,
            String suggestedArticles,
            String customerHistory,
            List<Option> helpedOptions) {}

    public record Option(String label, String value) {}

    private final SimilarCases similarCases;
    private final IndexedArticles articles;
    private final CustomerHistory history;
    private final SuggestionLog suggestions;
    private final Labels labels;

    KnowledgePanel(
            SimilarCases similarCases,
            IndexedArticles articles,
            CustomerHistory history,
            SuggestionLog suggestions,
            Labels labels) {
        this.similarCases = similarCases;
        this.articles = articles;
        this.history = history;
        this.suggestions = suggestions;
        this.labels = labels;
    }

    /**
     * The panel for a new task of the case at a level, its suggestions recorded shown to {@code
     * shownTo}. The partner that holds the case sees only their partner's cases and customers.
     */
    public Panel showFor(CaseRecord theCase, Level level, String shownTo) {
        Optional<String> partner = Optional.ofNullable(theCase.partner());
        SimilarCases.Found found = similarCases.similarTo(theCase, partner);
        List<SuggestedArticle> suggested = articles.similarTo(theCase);
        List<String> caseNumbers =
                found.cases().stream().map(SimilarCase::caseNumber).toList();
        List<String> articleIds =
                suggested.stream().map(article -> String.valueOf(article.id())).toList();
        suggestions.shown(theCase.caseNumber(), SuggestionKind.CASE, caseNumbers, level, shownTo);
        suggestions.shown(theCase.caseNumber(), SuggestionKind.ARTICLE, articleIds, level, shownTo);

        Language language = theCase.language();
        ResourceBundle words = MessageBundles.of(BUNDLE, language.locale);
        List<Option> options = new ArrayList<>();
        found.cases()
                .forEach(similar -> options.add(new Option(
                        format(words, "panel.option.case", similar.caseNumber()),
                        SuggestionKind.CASE + ":" + similar.caseNumber())));
        suggested.forEach(article -> options.add(new Option(
                format(words, "panel.option.article", article.title()), SuggestionKind.ARTICLE + ":" + article.id())));
        return new Panel(
                Optional.ofNullable(found.tierOneHint())
                        .map(hint -> hint.wording().get(language))
                        .orElse(null),
                found.cases().isEmpty()
                        ? words.getString("panel.noSimilarCases")
                        : found.cases().stream()
                                .map(similar -> similarCase(similar, language, words))
                                .collect(Collectors.joining("\n\n")),
                suggested.isEmpty()
                        ? words.getString("panel.noArticles")
                        : suggested.stream()
                                .map(article -> article.title() + "\n" + article.body())
                                .collect(Collectors.joining("\n\n")),
                customerHistory(history.of(theCase, partner), language, words),
                List.copyOf(options));
    }

    /**
     * The suggestions an agent ticked "This helped" on completing a task, as the panel offered
     * them ({@code CASE:<number>}, {@code ARTICLE:<id>}), recorded helped by {@code user}.
     *
     * @throws InvalidFieldException for a value the panel does not offer, or did not offer for
     *     this case
     */
    public void helped(String caseNumber, List<String> ticked, String user) {
        for (String value : ticked) {
            int colon = value == null ? -1 : value.indexOf(':');
            SuggestionKind kind = colon < 0 ? null : kindOf(value.substring(0, colon));
            if (kind == null) {
                throw new InvalidFieldException("suggestionsHelped", "CASE:<case number> or ARTICLE:<id>");
            }
            try {
                suggestions.helped(caseNumber, kind, value.substring(colon + 1), user);
            } catch (NotFoundException notShown) {
                throw new InvalidFieldException("suggestionsHelped", value + " was not suggested for this case");
            }
        }
    }

    private static SuggestionKind kindOf(String name) {
        for (SuggestionKind kind : SuggestionKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    private String similarCase(SimilarCase similar, Language language, ResourceBundle words) {
        StringBuilder text = new StringBuilder(format(
                words,
                "panel.similarCase",
                similar.caseNumber(),
                labels.of(similar.resolvedAt(), language.locale),
                labels.of(similar.resolution(), language.locale),
                duration(Duration.ofSeconds(similar.resolveBusinessSeconds()), words)));
        text.append('\n')
                .append(
                        similar.note() == null || similar.note().isBlank()
                                ? words.getString("panel.noNote")
                                : similar.note());
        if (!similar.matchedWords().isEmpty()) {
            text.append('\n').append(format(words, "panel.matched", String.join(", ", similar.matchedWords())));
        }
        return text.toString();
    }

    private String customerHistory(CustomerHistory.Summary summary, Language language, ResourceBundle words) {
        List<String> lines = new ArrayList<>();
        long open = summary.otherCases().stream()
                .filter(other -> other.status() == CaseStatus.OPEN)
                .count();
        long closed = summary.otherCases().size() - open;
        lines.add(
                summary.otherCases().isEmpty()
                        ? words.getString("panel.noOtherCases")
                        : format(words, "panel.otherCases", open, closed));
        CustomerHistory.LastSatisfaction last = summary.lastSatisfaction();
        lines.add(
                last == null
                        ? words.getString("panel.noSatisfaction")
                        : format(
                                words,
                                "panel.lastSatisfaction",
                                last.satisfaction(),
                                last.caseNumber(),
                                words.getString(last.concernResolved() ? "panel.yes" : "panel.no"),
                                last.comment() == null || last.comment().isBlank() ? "" : " — " + last.comment()));
        lines.add(format(words, "panel.breaches", summary.slaBreaches()));
        lines.add(
                summary.goodwillGranted().isEmpty()
                        ? words.getString("panel.noGoodwill")
                        : format(
                                words,
                                "panel.goodwill",
                                summary.goodwillGranted().stream()
                                        .map(granted -> labels.of(granted.kind(), language.locale)
                                                + (granted.amount() == null
                                                        ? ""
                                                        : " " + granted.amount().toPlainString() + " "
                                                                + summary.currency())
                                                + " (" + granted.caseNumber() + ")")
                                        .collect(Collectors.joining(", "))));
        return String.join("\n", lines);
    }

    private static String duration(Duration taken, ResourceBundle words) {
        if (taken.toDays() > 0) {
            return format(words, "panel.duration.days", taken.toDays(), taken.toHoursPart());
        }
        if (taken.toHours() > 0) {
            return format(words, "panel.duration.hours", taken.toHours(), taken.toMinutesPart());
        }
        return format(words, "panel.duration.minutes", taken.toMinutes());
    }

    private static String format(ResourceBundle words, String key, Object... arguments) {
        return MessageFormat.format(words.getString(key), arguments);
    }
}
