package io.escalationdesk.feedback;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.NotFoundException;
import io.escalationdesk.timeline.TimelineWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons learned: an agent notes one when resolving or returning a case; supervisors and process
 * owners adopt it (saying what was done) or dismiss it (saying why). Each step is on the case's
 * timeline.
 */
@Service
public class Lessons {

    /** As long as a status update's reason, where it is quoted. */
    public static final int LENGTH = 2000;

    private static final String COLUMNS = """
      id, case_number, noted_at, noted_by, level, escalation_trigger, category, kind, lesson,
      status, decided_at, decided_by, decision_note""";

    private final JdbcClient jdbc;
    private final CaseRecords records;
    private final TimelineWriter timeline;
    private final ArticleDrafts articleDrafts;
    private final Clock clock;

    Lessons(JdbcClient jdbc, CaseRecords records, TimelineWriter timeline, ArticleDrafts articleDrafts, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.timeline = timeline;
        this.articleDrafts = articleDrafts;
        this.clock = clock;
    }

    /**
     * Notes a lesson of the case, with its trigger and category and the level it is at.
     *
     * @throws InvalidFieldException for a lesson without its kind, or one too long
     */
    public void note(String caseNumber, Level level, LessonKind kind, String lesson, String actor) {
        if (kind == null) {
            throw new InvalidFieldException("lessonKind", "choose what kind of lesson it is");
        }
        String text = lesson.strip();
        if (text.length() > LENGTH) {
            throw new InvalidFieldException("lesson", "must be at most " + LENGTH + " characters");
        }
        CaseRecord caseRecord = records.find(caseNumber).orElseThrow();
        jdbc.sql("""
            insert into lesson (case_number, noted_at, noted_by, level, escalation_trigger,
              category, kind, lesson)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        caseNumber,
                        Timestamp.from(clock.instant()),
                        actor,
                        level.name(),
                        caseRecord.trigger().name(),
                        caseRecord.category().name(),
                        kind.name(),
                        text)
                .update();
        timeline.lessonNoted(caseNumber, level, actor, kind, text);
    }

    /** The lessons the review asks for, newest first. */
    public List<Lesson> find(ReviewFilter filter, LessonStatus status) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where("noted_at", "level", params);
        if (status != null) {
            where += " and status = :status";
            params.put("status", status.name());
        }
        return jdbc.sql("select " + COLUMNS + " from lesson" + where + " order by noted_at desc, id desc")
                .params(params)
                .query(Lessons::lesson)
                .list();
    }

    public List<Lesson> ofCase(String caseNumber) {
        return jdbc.sql("select " + COLUMNS + " from lesson where case_number = ? order by id")
                .param(caseNumber)
                .query(Lessons::lesson)
                .list();
    }

    /**
     * Adopts or dismisses an open lesson, with what was done or why not. A lesson adopted as a
     * knowledge article becomes an article draft in the same step.
     *
     * @throws NotFoundException for a lesson we do not have
     * @throws ConflictException for a lesson decided already
     * @throws InvalidFieldException for a decision other than ADOPTED or DISMISSED, or no note
     */
    @Transactional
    public Lesson decide(long id, LessonStatus decision, String note, String actor) {
        if (decision == null || decision == LessonStatus.OPEN) {
            throw new InvalidFieldException("decision", "must be one of [ADOPTED, DISMISSED]");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidFieldException(
                    "note",
                    decision == LessonStatus.ADOPTED
                            ? "say what was done, e.g. \"policy rule 12 changed\""
                            : "say why it is dismissed");
        }
        if (note.strip().length() > LENGTH) {
            throw new InvalidFieldException("note", "must be at most " + LENGTH + " characters");
        }
        Lesson lesson = find(id).orElseThrow(() -> new NotFoundException("No lesson " + id));
        Instant now = clock.instant();
        int decided = jdbc.sql("""
            update lesson set status = ?, decided_at = ?, decided_by = ?, decision_note = ?
            where id = ? and status = 'OPEN'""")
                .params(decision.name(), Timestamp.from(now), actor, note.strip(), id)
                .update();
        if (decided == 0) {
            throw new ConflictException(
                    "Lesson " + id + " is " + lesson.status().name().toLowerCase() + " already");
        }
        timeline.lessonDecided(
                lesson.caseNumber(),
                lesson.level(),
                actor,
                decision == LessonStatus.ADOPTED,
                lesson.kind(),
                note.strip());
        Lesson decidedLesson = find(id).orElseThrow();
        if (decision == LessonStatus.ADOPTED && lesson.kind() == LessonKind.KNOWLEDGE_ARTICLE) {
            articleDrafts.draftFrom(decidedLesson, actor);
        }
        return decidedLesson;
    }

    private Optional<Lesson> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from lesson where id = ?")
                .param(id)
                .query(Lessons::lesson)
                .optional();
    }

    private static Lesson lesson(ResultSet row, int number) throws SQLException {
        Timestamp decidedAt = row.getTimestamp("decided_at");
        return new Lesson(
                row.getLong("id"),
                row.getString("case_number"),
                row.getTimestamp("noted_at").toInstant(),
                row.getString("noted_by"),
                Level.valueOf(row.getString("level")),
                Trigger.valueOf(row.getString("escalation_trigger")),
                Category.valueOf(row.getString("category")),
                LessonKind.valueOf(row.getString("kind")),
                row.getString("lesson"),
                LessonStatus.valueOf(row.getString("status")),
                decidedAt == null ? null : decidedAt.toInstant(),
                row.getString("decided_by"),
                row.getString("decision_note"));
    }
}
