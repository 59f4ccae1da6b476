package io.escalationdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escalationdesk.RepositorySlice;
import io.escalationdesk.SampleCases;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.feedback.LessonKind;
import io.escalationdesk.feedback.LessonStatus;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Articles in their own table: drafted from a lesson adopted as a knowledge article, written,
 * edited and published by hand, found by their words (without the similarity index, which only
 * holds published articles and is not part of this slice).
 */
@RepositorySlice
class ArticlesTest {

    private static final ArticleDraft REFUND = new ArticleDraft(
            "Refund a double charge",
            "Check the invoice; book a 100% credit of the second charge.",
            Category.BILLING,
            Trigger.BILLING_DISPUTE,
            Language.EN);

    @Autowired
    Articles articles;

    @Autowired
    Lessons lessons;

    @Autowired
    CaseRecords records;

    @Test
    void aLessonAdoptedAsAKnowledgeArticleBecomesADraftInTheCasesLanguage() {
        records.insert(german(SampleCases.open("ESC-K-1")), "process-1");
        lessons.note(
                "ESC-K-1",
                Level.TIER1,
                LessonKind.KNOWLEDGE_ARTICLE,
                "Doppelte Abbuchung erstatten\nRechnung prüfen, dann Gutschrift buchen.",
                "tier1-agent");
        long lessonId = lessons.ofCase("ESC-K-1").get(0).id();

        lessons.decide(lessonId, LessonStatus.ADOPTED, "Artikel schreiben", "supervisor");

        assertThat(articles.find(null, ArticleStatus.DRAFT, null))
                .singleElement()
                .satisfies(draft -> {
                    assertThat(draft.title()).isEqualTo("Doppelte Abbuchung erstatten");
                    assertThat(draft.body())
                            .isEqualTo("Doppelte Abbuchung erstatten\nRechnung prüfen, dann Gutschrift buchen.");
                    assertThat(draft.category()).isEqualTo(Category.BILLING);
                    assertThat(draft.trigger()).isEqualTo(Trigger.COMPLEX_ISSUE);
                    assertThat(draft.language()).isEqualTo(Language.DE);
                    assertThat(draft.lessonId()).isEqualTo(lessonId);
                    assertThat(draft.createdBy()).isEqualTo("supervisor");
                });
    }

    @Test
    void onlyAnAdoptedKnowledgeArticleLessonBecomesADraft() {
        records.insert(SampleCases.open("ESC-K-2"), "process-2");
        lessons.note("ESC-K-2", Level.TIER1, LessonKind.KNOWLEDGE_ARTICLE, "Explain the fee", "tier1-agent");
        lessons.note("ESC-K-2", Level.TIER1, LessonKind.TRAINING, "Train the fee", "tier1-agent");
        lessons.decide(lessons.ofCase("ESC-K-2").get(0).id(), LessonStatus.DISMISSED, "known", "supervisor");
        lessons.decide(lessons.ofCase("ESC-K-2").get(1).id(), LessonStatus.ADOPTED, "trained", "supervisor");

        assertThat(articles.find(null, null, null)).isEmpty();
    }

    @Test
    void aLessonsFirstLineTooLongForATitleIsCutAtAWord() {
        String title = Articles.titleOf("word ".repeat(60) + "\nsecond line");

        assertThat(title).hasSizeLessThanOrEqualTo(ArticleDraft.TITLE_LENGTH).endsWith("word…");
    }

    @Test
    void aDraftIsEditedThenPublishedOnce() {
        Article draft = articles.create(REFUND, "supervisor");
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.publishedAt()).isNull();

        Article edited = articles.edit(
                draft.id(),
                new ArticleDraft(
                        " Refund a double charge ",
                        "Credit the second charge.",
                        Category.BILLING,
                        Trigger.REPEAT_CONTACT,
                        Language.DE),
                "process-owner");
        Article published = articles.publish(draft.id(), "process-owner");

        assertThat(edited.title()).isEqualTo("Refund a double charge");
        assertThat(edited.trigger()).isEqualTo(Trigger.REPEAT_CONTACT);
        assertThat(edited.updatedBy()).isEqualTo("process-owner");
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThatThrownBy(() -> articles.publish(draft.id(), "supervisor")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> articles.publish(999_999_999L, "supervisor")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> articles.edit(999_999_999L, REFUND, "supervisor"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftNamesEveryFieldItLacksAndNothingIsStored() {
        assertThatThrownBy(() -> articles.create(
                        new ArticleDraft(" ", "x".repeat(ArticleDraft.BODY_LENGTH + 1), null, null, null),
                        "supervisor"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(FieldError::field)
                                .containsExactly("title", "body", "category", "trigger", "language"));
        assertThat(articles.find(null, null, null)).isEmpty();
    }

    @Test
    void articlesAreFoundByEveryWordInTitleOrBodyWhateverTheCase() {
        Article refund = articles.create(REFUND, "supervisor");
        articles.create(
                new ArticleDraft(
                        "Router restart",
                        "Unplug it for 100 seconds",
                        Category.TECHNICAL,
                        Trigger.TECHNICAL_FAULT,
                        Language.EN),
                "supervisor");

        assertThat(articles.find("INVOICE credit", null, null))
                .extracting(Article::id)
                .containsExactly(refund.id());
        assertThat(articles.find("100%", null, null)).extracting(Article::id).containsExactly(refund.id());
        assertThat(articles.find("invoice router", null, null)).isEmpty();
        assertThat(articles.find("refund", null, Language.DE)).isEmpty();
        assertThat(articles.find("refund", ArticleStatus.PUBLISHED, null)).isEmpty();
    }

    private static CaseRecord german(CaseRecord english) {
        return new CaseRecord(
                english.caseNumber(),
                english.customerId(),
                english.customerName(),
                english.customerEmail(),
                english.customerPhone(),
                english.preferredContactChannel(),
                english.channel(),
                english.category(),
                english.priority(),
                english.trigger(),
                english.customerSegment(),
                english.description(),
                english.externalReference(),
                english.status(),
                english.level(),
                english.partner(),
                english.openedAt(),
                english.closedAt(),
                english.linkedCaseNumber(),
                Language.DE,
                english.notificationOptOut());
    }
}
