package io.escalationdesk.knowledge;

import static io.escalationdesk.knowledge.KnowledgeRows.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escalationdesk.RepositorySlice;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.goodwill.GoodwillProperties;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.Labels;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The panel a task form shows, in English: its wording, what it records shown, and what it says
 * and records when nothing is known yet. (German, in Tasklist: {@code KnowledgePanelBrowserTest}.)
 */
@RepositorySlice
class KnowledgePanelTest {

    @Autowired
    CaseRecords records;

    @Autowired
    SuggestionLog suggestions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Labels labels;

    @TempDir
    Path directory;

    KnowledgeRows rows;
    SimilarityIndex index;
    SimilarityIndexFeed feed;
    KnowledgePanel panel;

    @BeforeEach
    void anEmptyIndex() throws IOException {
        rows = new KnowledgeRows(records, jdbc);
        KnowledgeProperties properties = new KnowledgeProperties(directory, Duration.ofMinutes(1));
        index = new SimilarityIndex(properties);
        feed = new SimilarityIndexFeed(index, jdbc, properties);
        panel = new KnowledgePanel(
                new SimilarCases(index, labels, Clock.fixed(NOW, ZoneOffset.UTC)),
                new IndexedArticles(index),
                new CustomerHistory(jdbc, new GoodwillProperties("EUR")),
                suggestions,
                labels);
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    @Test
    void anEnglishCaseIsShownTheHintTheCasesTheArticleAndTheHistoryAndTheyAreRecordedShown() {
        rows.resolved(
                "ESC-P-1",
                Language.EN,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "Charged twice on the October invoice",
                Level.TIER1,
                ResolutionCode.REFUNDED,
                "Refunded the <b>second</b> debit",
                3,
                null);
        rows.article(
                7001,
                "PUBLISHED",
                Language.EN,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "Charged twice",
                "Refund the second debit.",
                NOW.minusSeconds(60));
        feed.catchUp();
        CaseRecord open = rows.open(
                "ESC-P-2", "C-P", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, "I was charged twice");

        KnowledgePanel.Panel shown = panel.showFor(open, Level.TIER1, "tier1");

        assertThat(shown.tierOneHint()).isEqualTo("1 of 1 similar cases were resolved at Tier 1 with 'Refunded'");
        assertThat(shown.similarCases())
                .isEqualTo("ESC-P-1 · Tier 1 · Refunded · 10 h 0 min\nRefunded the <b>second</b> debit\n"
                        + "Matched: charged, twice");
        assertThat(shown.suggestedArticles()).isEqualTo("Charged twice\nRefund the second debit.");
        assertThat(shown.customerHistory())
                .isEqualTo("No other cases.\nNo satisfaction answer yet.\nSLA breaches: 0\nNo goodwill granted.");
        assertThat(shown.helpedOptions())
                .containsExactly(
                        new KnowledgePanel.Option("Similar case ESC-P-1", "CASE:ESC-P-1"),
                        new KnowledgePanel.Option("Article: Charged twice", "ARTICLE:7001"));
        assertThat(shownRows("ESC-P-2")).containsExactly("CASE ESC-P-1 to tier1", "ARTICLE 7001 to tier1");

        panel.helped("ESC-P-2", List.of("ARTICLE:7001"), "tier1-agent");

        assertThat(jdbc.sql("select count(*) from knowledge_suggestion where helped_at is not null")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void withNothingKnownThePanelSaysSoAndRecordsNothing() {
        CaseRecord open = rows.open(
                "ESC-P-3", "C-P", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, "I was charged twice");

        KnowledgePanel.Panel shown = panel.showFor(open, Level.TIER1, "tier1");

        assertThat(shown.tierOneHint()).isNull();
        assertThat(shown.similarCases()).isEqualTo("No similar resolved cases yet.");
        assertThat(shown.suggestedArticles()).isEqualTo("No article matches this case.");
        assertThat(shown.helpedOptions()).isEmpty();
        assertThat(shownRows("ESC-P-3")).isEmpty();
    }

    @Test
    void aTickThePanelDidNotOfferIsRefusedByItsField() {
        rows.open("ESC-P-4", "C-P", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, "I was charged twice");

        for (String ticked : List.of("ESC-P-1", "CASE:ESC-P-1")) {
            assertThatThrownBy(() -> panel.helped("ESC-P-4", List.of(ticked), "tier1-agent"))
                    .isInstanceOfSatisfying(
                            InvalidFieldException.class,
                            refused ->
                                    assertThat(refused.errors().get(0).field()).isEqualTo("suggestionsHelped"));
        }
    }

    private List<String> shownRows(String caseNumber) {
        return jdbc.sql("select kind, suggested, shown_to from knowledge_suggestion where case_number = ? order by id")
                .param(caseNumber)
                .query((row, n) ->
                        row.getString("kind") + " " + row.getString("suggested") + " to " + row.getString("shown_to"))
                .list();
    }
}
