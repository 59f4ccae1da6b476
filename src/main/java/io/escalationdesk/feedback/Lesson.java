package io.escalationdesk.feedback;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import java.time.Instant;

/**
 * What an agent who resolved or returned a case would have the team learn, with the case's
 * trigger, category and the level it was at; and what the review decided.
 *
 * @param decisionNote what was done ("policy rule 12 changed") or why it was dismissed
 */
public record Lesson(
        long id,
        String caseNumber,
        Instant notedAt,
        String notedBy,
        Level level,
        Trigger trigger,
        Category category,
        LessonKind kind,
        String lesson,
        LessonStatus status,
        Instant decidedAt,
        String decidedBy,
        String decisionNote) {}
