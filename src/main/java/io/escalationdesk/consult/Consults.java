package io.escalationdesk.consult;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.consult.Consult.Ending;
import io.escalationdesk.escalation.ExpertGroup;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.Labels;
import io.escalationdesk.timeline.TimelineWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * The internal help line: an agent asks an expert group a question and keeps the case; the
 * answer, a time-out or the case closing ends the question. Each step is on the case's timeline,
 * and the answers so far are what the agent's task form shows.
 */
@Service
public class Consults {

    /** As long as a status update's reason. */
    static final int LENGTH = 2000;

    private static final String COLUMNS = """
      id, case_number, asked_at, asked_by, asked_level, expert_group, question, ended_at, ended_as,
      answered_by, answer""";

    private final JdbcClient jdbc;
    private final TimelineWriter timeline;
    private final Labels labels;
    private final Clock clock;

    Consults(JdbcClient jdbc, TimelineWriter timeline, Labels labels, Clock clock) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.labels = labels;
        this.clock = clock;
    }

    /** The customer's concern as the expert reads it: what it is about, and why it was escalated. */
    public String concern(CaseRecord record) {
        return labels.of(record.category()) + ", priority " + labels.of(record.priority()) + ", escalated because of: "
                + labels.of(record.trigger());
    }

    /**
     * @return the new question's id
     * @throws InvalidFieldException naming {@code expertGroup} or {@code question} when missing,
     *     or a question too long
     */
    public long ask(String caseNumber, Level level, ExpertGroup group, String question, String askedBy) {
        List<FieldError> errors = new ArrayList<>();
        if (group == null) {
            errors.add(new FieldError("expertGroup", "choose whom to ask"));
        }
        if (question == null || question.isBlank()) {
            errors.add(new FieldError("question", "say what you would like to know"));
        } else if (question.strip().length() > LENGTH) {
            errors.add(new FieldError("question", "must be at most " + LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
            insert into consult (case_number, asked_at, asked_by, asked_level, expert_group, question)
            values (?, ?, ?, ?, ?, ?)""")
                .params(
                        caseNumber,
                        Timestamp.from(clock.instant()),
                        askedBy,
                        level.name(),
                        group.name(),
                        question.strip())
                .update(key, "id");
        timeline.consultAsked(caseNumber, level, askedBy, group, question.strip());
        return key.getKey().longValue();
    }

    public void answered(long id, String answer, String answeredBy) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidFieldException("answer", "write the answer for your colleague");
        }
        if (answer.strip().length() > LENGTH) {
            throw new InvalidFieldException("answer", "must be at most " + LENGTH + " characters");
        }
        Consult consult = end(id, Ending.ANSWERED, answeredBy, answer.strip());
        timeline.consultAnswered(
                consult.caseNumber(), answeredBy, consult.expertGroup(), consult.question(), consult.answer());
    }

    /** The consult SLA ran out; the question closes unanswered. */
    public void timedOut(long id, Duration target) {
        Consult consult = end(id, Ending.TIMED_OUT, null, null);
        timeline.consultTimedOut(consult.caseNumber(), consult.expertGroup(), target);
    }

    /** A share of the consult SLA has passed. */
    public void warned(long id, Duration left) {
        Consult consult = find(id).orElseThrow();
        timeline.consultWarning(consult.caseNumber(), consult.expertGroup(), left);
    }

    /** The case closed with its question open. */
    public void cancelled(long id) {
        Consult consult = end(id, Ending.CANCELLED, null, null);
        timeline.consultCancelled(consult.caseNumber(), consult.expertGroup());
    }

    public Optional<Consult> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from consult where id = ?")
                .param(id)
                .query(Consults::consult)
                .optional();
    }

    /** What the agent's form shows: every question of the case with how it stands, oldest first. */
    public String summaryOf(String caseNumber) {
        return jdbc
                .sql("select " + COLUMNS + " from consult where case_number = ? order by id")
                .param(caseNumber)
                .query(Consults::consult)
                .list()
                .stream()
                .map(this::line)
                .collect(Collectors.joining("\n"));
    }

    /** "Tier 2 agents, asked by tier1-agent: Is the refund booked? Answer by tier2-agent: Yes" */
    private String line(Consult consult) {
        String asked = labels.of(consult.expertGroup()) + ", asked by " + consult.askedBy() + ": " + consult.question();
        if (consult.endedAs() == null) {
            return asked + " (waiting for the answer)";
        }
        return asked
                + switch (consult.endedAs()) {
                    case ANSWERED -> " Answer by " + consult.answeredBy() + ": " + consult.answer();
                    case TIMED_OUT -> " (no answer within the consult SLA)";
                    case CANCELLED -> " (cancelled: the case closed)";
                };
    }

    private Consult end(long id, Ending ending, String answeredBy, String answer) {
        Instant now = clock.instant();
        Consult asked = find(id).orElseThrow();
        jdbc.sql("""
            update consult set ended_at = ?, ended_as = ?, answered_by = ?, answer = ?,
              answer_elapsed_seconds = ?
            where id = ? and ended_at is null""")
                .params(
                        Timestamp.from(now),
                        ending.name(),
                        answeredBy,
                        answer,
                        ending == Ending.ANSWERED
                                ? Duration.between(asked.askedAt(), now).toSeconds()
                                : null,
                        id)
                .update();
        return find(id).orElseThrow();
    }

    private static Consult consult(ResultSet row, int number) throws SQLException {
        Timestamp endedAt = row.getTimestamp("ended_at");
        String endedAs = row.getString("ended_as");
        return new Consult(
                row.getLong("id"),
                row.getString("case_number"),
                row.getTimestamp("asked_at").toInstant(),
                row.getString("asked_by"),
                Level.valueOf(row.getString("asked_level")),
                ExpertGroup.valueOf(row.getString("expert_group")),
                row.getString("question"),
                endedAt == null ? null : endedAt.toInstant(),
                endedAs == null ? null : Ending.valueOf(endedAs),
                row.getString("answered_by"),
                row.getString("answer"));
    }
}
