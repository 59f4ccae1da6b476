package io.escalationdesk.knowledge;

import static io.escalationdesk.knowledge.KnowledgeRows.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.RepositorySlice;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.system.Labels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Similar resolved cases on a hand-built set, English and German: the expected ones, in order; a
 * partner's confinement; the Tier 1 hint; the articles; and the index across a restart, a loss and
 * damage. Each test has an index of its own in a fresh directory.
 */
@RepositorySlice
class SimilarCasesTest {

    private static final String DOUBLE_CHARGE =
            "I was charged twice for my October invoice and the direct debit bounced";
    private static final String ROUTER_RESTARTS = "Mein Router startet ständig neu und das Internet bricht abends ab";

    @Autowired
    CaseRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Labels labels;

    @TempDir
    Path directory;

    KnowledgeRows rows;
    SimilarityIndex index;
    SimilarityIndexFeed feed;
    SimilarCases similar;
    IndexedArticles articles;

    @BeforeEach
    void handBuiltCases() throws IOException {
        rows = new KnowledgeRows(records, jdbc);
        rows.resolved(
                "ESC-K-EN1",
                Language.EN,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "Customer was charged twice on the October invoice: a double direct debit",
                Level.TIER1,
                ResolutionCode.REFUNDED,
                "Refunded the second debit",
                10,
                null);
        rows.resolved(
                "ESC-K-EN2",
                Language.EN,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "The invoice shows a charge twice",
                Level.TIER1,
                ResolutionCode.REFUNDED,
                "Refunded the duplicate charge",
                20,
                "acme");
        rows.resolved(
                "ESC-K-EN3",
                Language.EN,
                Category.BILLING,
                Trigger.COMPLEX_ISSUE,
                "The bank returned a direct debit",
                Level.TIER2,
                ResolutionCode.ANSWERED,
                "Explained the returned debit fee",
                30,
                null);
        rows.resolved(
                "ESC-K-EN4",
                Language.EN,
                Category.TECHNICAL,
                Trigger.TECHNICAL_FAULT,
                "The router keeps restarting and the internet drops every evening",
                Level.TIER1,
                ResolutionCode.WORKAROUND,
                "Moved the router to channel 6",
                5,
                null);
        rows.resolved(
                "ESC-K-DE1",
                Language.DE,
                Category.TECHNICAL,
                Trigger.TECHNICAL_FAULT,
                "Router startet neu, die Internetverbindung bricht ab",
                Level.TIER1,
                ResolutionCode.WORKAROUND,
                "Router auf Kanal 6 umgestellt",
                15,
                null);
        rows.resolved(
                "ESC-K-DE2",
                Language.DE,
                Category.TECHNICAL,
                Trigger.TECHNICAL_FAULT,
                "Das Internet ist abends langsam",
                Level.TECHNICAL,
                ResolutionCode.FIXED,
                "Leitung neu eingemessen",
                25,
                null);
        rows.resolved(
                "ESC-K-DE3",
                Language.DE,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "Rechnung doppelt abgebucht",
                Level.TIER1,
                ResolutionCode.REFUNDED,
                "Zweite Abbuchung erstattet",
                5,
                null);
        open(directory);
        feed.catchUp();
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    @Test
    void theCasesSharingMostWordsComeFirstThenThoseSharingFewerNeverAnotherLanguage() {
        CaseRecord open =
                rows.open("ESC-K-1", "C-1", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, DOUBLE_CHARGE);

        SimilarCases.Found found = similar.similarTo(open, Optional.empty());

        assertThat(found.cases())
                .extracting(SimilarCase::caseNumber)
                .containsExactly("ESC-K-EN1", "ESC-K-EN2", "ESC-K-EN3");
        SimilarCase first = found.cases().get(0);
        assertThat(first.matchedWords()).containsExactly("charged", "twice", "october", "invoice", "direct", "debit");
        assertThat(first.resolvedAt()).isEqualTo(Level.TIER1);
        assertThat(first.resolution()).isEqualTo(ResolutionCode.REFUNDED);
        assertThat(first.resolutionLabel()).isEqualTo("Refunded");
        assertThat(first.note()).isEqualTo("Refunded the second debit");
        assertThat(first.resolveBusinessSeconds()).isEqualTo(36000);
        assertThat(found.cases().get(2).matchedWords()).containsExactly("direct", "debit");
    }

    @Test
    void aGermanCaseFindsGermanCasesByTheirStems() {
        CaseRecord open =
                rows.open("ESC-K-2", "C-2", Language.DE, Category.TECHNICAL, Trigger.TECHNICAL_FAULT, ROUTER_RESTARTS);

        SimilarCases.Found found = similar.similarTo(open, Optional.empty());

        assertThat(found.cases()).extracting(SimilarCase::caseNumber).containsExactly("ESC-K-DE1", "ESC-K-DE2");
        assertThat(found.cases().get(0).matchedWords()).containsExactly("router", "startet", "neu", "bricht", "ab");
        assertThat(found.tierOneHint().wording())
                .containsEntry(Language.EN, "1 of 2 similar cases were resolved at Tier 1 with 'Workaround given'")
                .containsEntry(
                        Language.DE, "1 von 2 ähnlichen Fällen wurden in Tier 1 mit „Umgehungslösung gegeben“ gelöst");
    }

    @Test
    void theHintCountsTheTierOneResolutionGivenMostOften() {
        CaseRecord open =
                rows.open("ESC-K-3", "C-3", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, DOUBLE_CHARGE);

        TierOneHint hint = similar.similarTo(open, Optional.empty()).tierOneHint();

        assertThat(hint.atTierOne()).isEqualTo(2);
        assertThat(hint.of()).isEqualTo(3);
        assertThat(hint.resolution()).isEqualTo(ResolutionCode.REFUNDED);
        assertThat(hint.wording().get(Language.EN))
                .isEqualTo("2 of 3 similar cases were resolved at Tier 1 with 'Refunded'");
    }

    @Test
    void sameWordsTheSameCategoryAndTheMoreRecentRankHigher() throws IOException {
        rows.resolved(
                "ESC-K-OLD",
                Language.EN,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "Late payment fee charged",
                Level.TIER1,
                ResolutionCode.CREDITED,
                "Credited the fee",
                400,
                null);
        rows.resolved(
                "ESC-K-NEW",
                Language.EN,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "Late payment fee charged",
                Level.TIER2,
                ResolutionCode.CREDITED,
                "Credited the fee",
                2,
                null);
        rows.resolved(
                "ESC-K-OTHER",
                Language.EN,
                Category.ACCOUNT,
                Trigger.COMPLEX_ISSUE,
                "Late payment fee charged",
                Level.TIER1,
                ResolutionCode.ANSWERED,
                "Explained the fee",
                2,
                null);
        // resolved long before the index last looked: only an index built anew reads it
        index.close();
        open(directory.resolve("anew"));
        feed.catchUp();
        CaseRecord open = rows.open(
                "ESC-K-4",
                "C-4",
                Language.EN,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "A late payment fee was added");

        assertThat(similar.similarTo(open, Optional.empty()).cases())
                .extracting(SimilarCase::caseNumber)
                .containsExactly("ESC-K-NEW", "ESC-K-OLD", "ESC-K-OTHER");
    }

    @Test
    void aResolvedCaseIsNeverSimilarToItself() {
        CaseRecord resolved = records.find("ESC-K-EN1").orElseThrow();

        assertThat(similar.similarTo(resolved, Optional.empty()).cases())
                .extracting(SimilarCase::caseNumber)
                .isNotEmpty()
                .doesNotContain("ESC-K-EN1");
    }

    @Test
    void aPartnersAgentSeesOnlyTheCasesTheirPartnerResolved() {
        CaseRecord open =
                rows.open("ESC-K-5", "C-5", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, DOUBLE_CHARGE);

        assertThat(similar.similarTo(open, Optional.of("acme")).cases())
                .extracting(SimilarCase::caseNumber)
                .containsExactly("ESC-K-EN2");
        assertThat(similar.similarTo(open, Optional.of("other")).cases()).isEmpty();
    }

    @Test
    void theEvidenceListsTheTierOneResolutionsOfACategoryAndTrigger() {
        SimilarCases.Evidence evidence = similar.evidence(Category.BILLING, Trigger.BILLING_DISPUTE);

        assertThat(evidence.resolved()).isEqualTo(3);
        assertThat(evidence.atTierOne())
                .extracting(SimilarCase::caseNumber, SimilarCase::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ESC-K-DE3", "Zweite Abbuchung erstattet"),
                        org.assertj.core.groups.Tuple.tuple("ESC-K-EN1", "Refunded the second debit"),
                        org.assertj.core.groups.Tuple.tuple("ESC-K-EN2", "Refunded the duplicate charge"));
        assertThat(evidence.tierOneHint().wording().get(Language.EN))
                .isEqualTo("3 of 3 similar cases were resolved at Tier 1 with 'Refunded'");
    }

    @Test
    void publishedArticlesAreSuggestedAndAWithdrawnOneIsNoLonger() {
        rows.article(
                9001,
                "PUBLISHED",
                Language.EN,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "Charged twice",
                "Refund the second direct debit at once.",
                NOW.minusSeconds(60));
        rows.article(
                9002,
                "DRAFT",
                Language.EN,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "Charged twice (draft)",
                "Not yet.",
                NOW.minusSeconds(60));
        rows.article(
                9003,
                "PUBLISHED",
                Language.DE,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "Doppelt abgebucht",
                "Zweite Lastschrift erstatten.",
                NOW.minusSeconds(60));
        feed.catchUp();
        CaseRecord open =
                rows.open("ESC-K-6", "C-6", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, DOUBLE_CHARGE);

        assertThat(articles.similarTo(open))
                .extracting(IndexedArticles.SuggestedArticle::id, IndexedArticles.SuggestedArticle::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9001L, "Charged twice"));
        assertThat(articles.publishedMatching("zweite Abbuchung", Language.DE, 5))
                .containsExactly(9003L);
        // articles are no similar cases
        assertThat(similar.similarTo(open, Optional.empty()).cases())
                .extracting(SimilarCase::caseNumber)
                .allMatch(number -> number.startsWith("ESC-K-"));

        rows.withdraw(9001, NOW);
        feed.catchUp();

        assertThat(articles.similarTo(open)).isEmpty();
    }

    @Test
    void aRestartGoesOnFromTheWatermarkInTheIndex() throws IOException {
        index.close();
        // were the index read again from the database, this case would be gone
        jdbc.sql("delete from case_fact where case_number = 'ESC-K-EN3'").update();
        open(directory);
        rows.resolved(
                "ESC-K-EN9",
                Language.EN,
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                "Charged twice again",
                Level.TIER1,
                ResolutionCode.REFUNDED,
                "Refunded",
                0,
                null);
        feed.catchUp();
        CaseRecord open =
                rows.open("ESC-K-7", "C-7", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, DOUBLE_CHARGE);

        assertThat(similar.similarTo(open, Optional.empty()).cases())
                .extracting(SimilarCase::caseNumber)
                .contains("ESC-K-EN3", "ESC-K-EN9");
    }

    @Test
    void aDeletedIndexIsBuiltAgainFromTheDatabase() throws IOException {
        index.close();
        deleteAll(directory);
        open(directory);
        CaseRecord open =
                rows.open("ESC-K-8", "C-8", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, DOUBLE_CHARGE);
        assertThat(similar.similarTo(open, Optional.empty()).cases()).isEmpty();

        feed.catchUp();

        assertThat(similar.similarTo(open, Optional.empty()).cases())
                .extracting(SimilarCase::caseNumber)
                .containsExactly("ESC-K-EN1", "ESC-K-EN2", "ESC-K-EN3");
    }

    @Test
    void aDamagedIndexIsBuiltAgainFromTheDatabase() throws IOException {
        index.close();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.writeString(file, "not an index");
            }
        }
        open(directory);
        feed.catchUp();
        CaseRecord open =
                rows.open("ESC-K-9", "C-9", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, DOUBLE_CHARGE);

        assertThat(similar.similarTo(open, Optional.empty()).cases())
                .extracting(SimilarCase::caseNumber)
                .containsExactly("ESC-K-EN1", "ESC-K-EN2", "ESC-K-EN3");
    }

    private void open(Path at) throws IOException {
        KnowledgeProperties properties = new KnowledgeProperties(at, Duration.ofMinutes(1));
        index = new SimilarityIndex(properties);
        feed = new SimilarityIndexFeed(index, jdbc, properties);
        similar = new SimilarCases(index, labels, Clock.fixed(NOW, ZoneOffset.UTC));
        articles = new IndexedArticles(index);
    }

    private static void deleteAll(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
