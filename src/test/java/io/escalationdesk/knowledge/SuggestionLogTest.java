package io.escalationdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.escalationdesk.FixedClock;
import io.escalationdesk.RepositorySlice;
import io.escalationdesk.SampleCases;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.NotFoundException;
import io.escalationdesk.timeline.TimelineWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The suggestions shown for a case: once per level, opened, and marked helpful once, on the timeline. */
@RepositorySlice
class SuggestionLogTest {

    @Autowired
    SuggestionLog log;

    @Autowired
    Articles articles;

    @Autowired
    CaseRecords records;

    @Autowired
    TimelineWriter timeline;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theCaseIsKnown() {
        records.insert(SampleCases.open("ESC-S-1"), "process-1");
        clearInvocations(timeline);
    }

    @Test
    void aSuggestionIsShownOncePerLevel() {
        log.shown("ESC-S-1", SuggestionKind.CASE, List.of("ESC-S-7", "ESC-S-8"), Level.TIER1, "tier1-agent");
        log.shown("ESC-S-1", SuggestionKind.CASE, List.of("ESC-S-7"), Level.TIER1, "other-agent");
        log.shown("ESC-S-1", SuggestionKind.CASE, List.of("ESC-S-7"), Level.TIER2, "tier2-agent");

        assertThat(rows())
                .extracting(row -> row.suggested() + "@" + row.level() + " to " + row.shownTo())
                .containsExactly(
                        "ESC-S-7@TIER1 to tier1-agent", "ESC-S-8@TIER1 to tier1-agent", "ESC-S-7@TIER2 to tier2-agent");
    }

    @Test
    void openedAndHelpedAreRecordedOnTheLastShowingAndHelpedGoesOnTheTimelineOnce() {
        Article article = articles.create(
                new ArticleDraft(
                        "Refund a double charge", "Credit it.", Category.BILLING, Trigger.BILLING_DISPUTE, Language.EN),
                "supervisor");
        String id = String.valueOf(article.id());
        log.shown("ESC-S-1", SuggestionKind.ARTICLE, List.of(id), Level.TIER1, "tier1-agent");

        log.opened("ESC-S-1", SuggestionKind.ARTICLE, id, "tier1-agent");
        log.helped("ESC-S-1", SuggestionKind.ARTICLE, id, "tier1-agent");
        log.helped("ESC-S-1", SuggestionKind.ARTICLE, id, "tier1-agent");

        assertThat(rows())
                .singleElement()
                .extracting(Row::openedAt, Row::helpedAt)
                .containsExactly(FixedClock.NOW, FixedClock.NOW);
        verify(timeline)
                .suggestionHelped(
                        "ESC-S-1", Level.TIER1, "tier1-agent", SuggestionKind.ARTICLE, id, "Refund a double charge");
    }

    @Test
    void onlyASuggestionShownForAnOpenCaseCanHelp() {
        assertThatThrownBy(() -> log.helped("ESC-S-1", SuggestionKind.CASE, "ESC-S-7", "tier1-agent"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> log.opened("ESC-S-404", SuggestionKind.CASE, "ESC-S-7", "tier1-agent"))
                .isInstanceOf(NotFoundException.class);
        log.shown("ESC-S-1", SuggestionKind.CASE, List.of("ESC-S-7"), Level.TIER1, "tier1-agent");
        records.moveTo("ESC-S-1", Level.CLOSED, FixedClock.NOW);

        assertThatThrownBy(() -> log.helped("ESC-S-1", SuggestionKind.CASE, "ESC-S-7", "tier1-agent"))
                .isInstanceOf(ConflictException.class);
        assertThat(rows()).singleElement().extracting(Row::helpedAt).isNull();
        verify(timeline, never()).suggestionHelped(anyString(), any(), anyString(), any(), anyString(), any());
    }

    @Test
    void anArticleIsSuggestedByItsId() {
        assertThatThrownBy(() -> log.shown(
                        "ESC-S-1", SuggestionKind.ARTICLE, List.of("12", "twelve"), Level.TIER1, "tier1-agent"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors().get(0).field()).isEqualTo("suggested"));
    }

    /** A row of the log, as the test reads it. */
    record Row(String suggested, Level level, String shownTo, Instant openedAt, Instant helpedAt) {}

    private List<Row> rows() {
        return jdbc.sql("select * from knowledge_suggestion where case_number = 'ESC-S-1' order by id")
                .query((row, n) -> new Row(
                        row.getString("suggested"),
                        Level.valueOf(row.getString("level")),
                        row.getString("shown_to"),
                        instant(row.getTimestamp("opened_at")),
                        instant(row.getTimestamp("helped_at"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
