package io.escalationdesk.knowledge;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.DatabaseVendor;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.NotFoundException;
import io.escalationdesk.timeline.TimelineWriter;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of the suggestions agents were shown for a case: shown, opened, marked helpful.
 * The dashboard counts them against the case's course (insight), so the effect of knowledge on
 * escalations is measured, not assumed.
 */
@Service
public class SuggestionLog {

    /** As long as {@code knowledge_suggestion.suggested}: a case number or an article's id. */
    private static final int SUGGESTED_LENGTH = 32;

    /** What one page shows of a kind: the similar cases or the articles suggested. */
    private static final int SHOWN_AT_ONCE = Math.max(SimilarCases.SHOWN, IndexedArticles.SUGGESTED);

    /** Shown once per case, suggestion and level, however often the form opens, also under races. */
    private static final String SHOWN_POSTGRESQL = """
      insert into knowledge_suggestion (case_number, kind, suggested, level, shown_at, shown_to)
      values (?, ?, ?, ?, ?, ?) on conflict on constraint knowledge_suggestion_once do nothing""";

    private static final String SHOWN_H2 = """
      merge into knowledge_suggestion target
      using (values (cast(? as varchar(32)), cast(? as varchar(16)), cast(? as varchar(32)),
        cast(? as varchar(16)), cast(? as timestamp with time zone), cast(? as varchar(64))))
        as given (case_number, kind, suggested, level, shown_at, shown_to)
      on target.case_number = given.case_number and target.kind = given.kind
        and target.suggested = given.suggested and target.level = given.level
      when not matched then insert (case_number, kind, suggested, level, shown_at, shown_to)
        values (given.case_number, given.kind, given.suggested, given.level, given.shown_at, given.shown_to)""";

    private final JdbcClient jdbc;
    private final CaseRecords records;
    private final Articles articles;
    private final TimelineWriter timeline;
    private final Clock clock;
    private final String shown;

    SuggestionLog(
            JdbcClient jdbc,
            CaseRecords records,
            Articles articles,
            TimelineWriter timeline,
            DatabaseVendor database,
            Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.articles = articles;
        this.timeline = timeline;
        this.clock = clock;
        this.shown = database.isPostgreSQL() ? SHOWN_POSTGRESQL : SHOWN_H2;
    }

    /**
     * Records the suggestions shown to an agent for a case at its level; those shown there before
     * keep their first showing.
     *
     * @param suggested the similar cases' numbers or the articles' ids
     */
    @Transactional
    public void shown(String caseNumber, SuggestionKind kind, List<String> suggested, Level level, String user) {
        Timestamp now = Timestamp.from(clock.instant());
        for (String each : suggested) {
            jdbc.sql(shown)
                    .params(caseNumber, kind.name(), checked(kind, each), level.name(), now, user)
                    .update();
        }
    }

    /**
     * Records the suggestions a page shows an agent for an open case, at the level the case is at
     * now: the desk's list, as a task form's panel records its own ({@link KnowledgePanel}).
     *
     * @throws NotFoundException for a case we do not have
     * @throws ConflictException for a case closed already: nothing shown there can help it
     */
    @Transactional
    public void shownNow(String caseNumber, SuggestionKind kind, List<String> suggested, String user) {
        CaseRecord caseRecord = caseOf(caseNumber);
        if (caseRecord.status() != CaseStatus.OPEN) {
            throw new ConflictException("Case " + caseNumber + " is closed");
        }
        if (suggested.size() > SHOWN_AT_ONCE) {
            throw new InvalidFieldException("suggested", "at most " + SHOWN_AT_ONCE + " at once");
        }
        shown(caseNumber, kind, suggested, caseRecord.level(), user);
    }

    /**
     * The agent opened a suggestion shown for the case; the first opening counts.
     *
     * @throws NotFoundException for a case we do not have, or a suggestion not shown for it
     */
    @Transactional
    public void opened(String caseNumber, SuggestionKind kind, String suggested, String user) {
        CaseRecord caseRecord = caseOf(caseNumber);
        jdbc.sql("update knowledge_suggestion set opened_at = coalesce(opened_at, ?) where id = ?")
                .params(Timestamp.from(clock.instant()), lastShown(caseRecord, kind, suggested))
                .update();
    }

    /**
     * The agent says a suggestion helped with the case: recorded once, and on the case's timeline.
     *
     * @throws NotFoundException for a case we do not have, or a suggestion not shown for it
     * @throws ConflictException for a case closed already: what helps now helped no resolution
     */
    @Transactional
    public void helped(String caseNumber, SuggestionKind kind, String suggested, String user) {
        CaseRecord caseRecord = caseOf(caseNumber);
        if (caseRecord.status() != CaseStatus.OPEN) {
            throw new ConflictException("Case " + caseNumber + " is closed");
        }
        int marked = jdbc.sql("update knowledge_suggestion set helped_at = ? where id = ? and helped_at is null")
                .params(Timestamp.from(clock.instant()), lastShown(caseRecord, kind, suggested))
                .update();
        if (marked == 1) {
            timeline.suggestionHelped(caseNumber, caseRecord.level(), user, kind, suggested, titleOf(kind, suggested));
        }
    }

    private CaseRecord caseOf(String caseNumber) {
        return records.find(caseNumber).orElseThrow(() -> new NotFoundException("No case " + caseNumber));
    }

    /** The suggestion as last shown for the case, at whichever level that was. */
    private long lastShown(CaseRecord caseRecord, SuggestionKind kind, String suggested) {
        return jdbc.sql("""
            select id from knowledge_suggestion where case_number = ? and kind = ? and suggested = ?
            order by shown_at desc, id desc fetch first 1 row only""")
                .params(caseRecord.caseNumber(), kind.name(), suggested)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(
                        kind.name() + " " + suggested + " was not suggested for case " + caseRecord.caseNumber()));
    }

    private String titleOf(SuggestionKind kind, String suggested) {
        if (kind != SuggestionKind.ARTICLE) {
            return null;
        }
        return articles.find(Long.parseLong(suggested)).map(Article::title).orElse(null);
    }

    private static String checked(SuggestionKind kind, String suggested) {
        if (suggested == null || suggested.isBlank() || suggested.length() > SUGGESTED_LENGTH) {
            throw new InvalidFieldException(
                    "suggested",
                    "must be a case number or an article's id of at most " + SUGGESTED_LENGTH + " characters");
        }
        if (kind == SuggestionKind.ARTICLE && !suggested.chars().allMatch(Character::isDigit)) {
            throw new InvalidFieldException("suggested", "an article is suggested by its id");
        }
        return suggested;
    }
}
