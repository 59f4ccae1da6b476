package io.escalationdesk.feedback;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.feedback.SurveyRefusedException.Reason;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.DatabaseVendor;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.Labels;
import io.escalationdesk.system.NotFoundException;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import io.escalationdesk.timeline.TimelineWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey of resolved cases. The resolution message links {@code /survey/{token}}:
 * a token per case, signed with the server's secret, stored only as its hash, answerable once
 * until it expires. Every answer lands on the case's timeline and goes to its follow-up, where a
 * dissatisfied customer is reviewed by a supervisor.
 */
@Service
public class Surveys implements SurveyLinks {

    /**
     * What the customer answered, how it reached us, and about which concern.
     *
     * @param resolvedLevel the level that resolved the case
     */
    public record Answered(
            String caseNumber,
            Instant answeredAt,
            int satisfaction,
            boolean concernResolved,
            String comment,
            Via answeredVia,
            String reportedBy,
            boolean dissatisfied,
            Trigger trigger,
            Category category,
            Level resolvedLevel) {}

    /** Our survey page, or an integrator's survey tool through the API. */
    public enum Via {
        PAGE,
        API
    }

    /** A link that may be answered: the case it is about, in the customer's language. */
    public record Invitation(CaseRecord caseRecord, Instant expiresAt) {}

    private static final String ANSWER_COLUMNS = """
      case_number, answered_at, satisfaction, concern_resolved, comment, answered_via, reported_by,
      dissatisfied, escalation_trigger, category, resolved_level""";
    /** 32 bytes of HMAC-SHA256 in URL-safe Base64, without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final String INSERT_IF_ABSENT_POSTGRESQL = """
      insert into survey_invitation (case_number, token_hash, issued_at, expires_at)
      values (?, ?, ?, ?) on conflict (case_number) do nothing""";
    private static final String INSERT_IF_ABSENT_H2 = """
      merge into survey_invitation target
      using (values (cast(? as varchar(32)), cast(? as varchar(64)), cast(? as timestamp with time zone),
        cast(? as timestamp with time zone))) as given (case_number, token_hash, issued_at, expires_at)
      on target.case_number = given.case_number
      when not matched then insert values (given.case_number, given.token_hash, given.issued_at,
        given.expires_at)""";

    private final JdbcClient jdbc;
    private final CaseRecords records;
    private final TimelineReader updates;
    private final TimelineWriter timeline;
    private final SurveyReviews reviews;
    private final SurveyProperties properties;
    private final Labels labels;
    private final Clock clock;
    private final String insertIfAbsent;

    Surveys(
            JdbcClient jdbc,
            CaseRecords records,
            TimelineReader updates,
            TimelineWriter timeline,
            SurveyReviews reviews,
            SurveyProperties properties,
            Labels labels,
            DatabaseVendor database,
            Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.updates = updates;
        this.timeline = timeline;
        this.reviews = reviews;
        this.properties = properties;
        this.labels = labels;
        this.clock = clock;
        this.insertIfAbsent = database.isPostgreSQL() ? INSERT_IF_ABSENT_POSTGRESQL : INSERT_IF_ABSENT_H2;
    }

    /**
     * The survey link of a resolved case's message: the survey tool's, or our page's with the
     * case's token. The first call invites the customer; it is valid from then on. Every message
     * about the resolution (email, SMS, a retry) carries the same link.
     */
    @Override
    public String linkFor(String caseNumber) {
        if (!properties.ownPage()) {
            return properties.externalUrl().replace("{caseNumber}", caseNumber);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql(insertIfAbsent)
                .params(
                        caseNumber,
                        hash(token(caseNumber, now)),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(properties.validFor())))
                .update();
        Instant issuedAt = jdbc.sql("select issued_at from survey_invitation where case_number = ?")
                .param(caseNumber)
                .query(Timestamp.class)
                .single()
                .toInstant();
        return properties
                .pageUrl()
                .resolve("/survey/" + token(caseNumber, issuedAt))
                .toString();
    }

    /**
     * The case a link is about, while it may be answered.
     *
     * @throws SurveyRefusedException for a link we did not send (or one altered), one expired, and
     *     one answered already
     */
    public Invitation invitation(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new SurveyRefusedException(Reason.UNKNOWN, "No survey has this link");
        }
        var invitation = jdbc.sql("select case_number, expires_at from survey_invitation where token_hash = ?")
                .param(hash(token))
                .query((row, number) ->
                        new Object[] {row.getString(1), row.getTimestamp(2).toInstant()})
                .optional()
                .orElseThrow(() -> new SurveyRefusedException(Reason.UNKNOWN, "No survey has this link"));
        String caseNumber = (String) invitation[0];
        Instant expiresAt = (Instant) invitation[1];
        if (answerOf(caseNumber).isPresent()) {
            throw new SurveyRefusedException(
                    Reason.ANSWERED, "The survey was answered already", languageOf(caseNumber));
        }
        if (!clock.instant().isBefore(expiresAt)) {
            throw new SurveyRefusedException(Reason.EXPIRED, "The survey link has expired", languageOf(caseNumber));
        }
        return new Invitation(records.find(caseNumber).orElseThrow(), expiresAt);
    }

    private Language languageOf(String caseNumber) {
        return records.find(caseNumber).map(CaseRecord::language).orElse(null);
    }

    /**
     * The customer's answer through our page.
     *
     * @throws SurveyRefusedException as {@link #invitation}; nothing is stored
     * @throws InvalidFieldException naming each field that is missing or out of range
     */
    @Transactional
    public void answer(String token, SurveyAnswer answer) {
        Invitation invitation = invitation(token);
        store(invitation.caseRecord(), checked(answer), Via.PAGE, TimelineWriter.CUSTOMER);
    }

    /**
     * An answer an integrator's survey tool collected.
     *
     * @param reportedBy the integrator's user
     * @throws InvalidFieldException naming each field that is missing or out of range
     * @throws NotFoundException for a case we do not have
     * @throws ConflictException for a case that is not resolved, or answered already
     */
    @Transactional
    public void answerForCase(String caseNumber, SurveyAnswer given, String reportedBy) {
        SurveyAnswer answer = checked(given);
        CaseRecord caseRecord =
                records.find(caseNumber).orElseThrow(() -> new NotFoundException("No case " + caseNumber));
        if (updates.of(caseNumber).stream().noneMatch(update -> update.event() == CaseEvent.RESOLVED)) {
            throw new ConflictException(
                    "Case " + caseNumber + " is not resolved; only a resolved " + "case is surveyed");
        }
        if (answerOf(caseNumber).isPresent()) {
            throw new ConflictException("Case " + caseNumber + " has its survey answer already");
        }
        store(caseRecord, answer, Via.API, reportedBy);
    }

    public Optional<Answered> answerOf(String caseNumber) {
        return jdbc.sql("select " + ANSWER_COLUMNS + " from survey_answer where case_number = ?")
                .param(caseNumber)
                .query(Surveys::answered)
                .optional();
    }

    /** The answers the review asks for, newest first; only those that asked for a review, or all. */
    public List<Answered> find(ReviewFilter filter, boolean onlyDissatisfied) {
        Map<String, Object> params = new HashMap<>();
        String where =
                filter.where("answered_at", "resolved_level", params) + (onlyDissatisfied ? " and dissatisfied" : "");
        return jdbc.sql("select " + ANSWER_COLUMNS + " from survey_answer" + where
                        + " order by answered_at desc, case_number")
                .params(params)
                .query(Surveys::answered)
                .list();
    }

    private static Answered answered(ResultSet row, int number) throws SQLException {
        String resolvedLevel = row.getString("resolved_level");
        return new Answered(
                row.getString("case_number"),
                row.getTimestamp("answered_at").toInstant(),
                row.getInt("satisfaction"),
                row.getBoolean("concern_resolved"),
                row.getString("comment"),
                Via.valueOf(row.getString("answered_via")),
                row.getString("reported_by"),
                row.getBoolean("dissatisfied"),
                Trigger.valueOf(row.getString("escalation_trigger")),
                Category.valueOf(row.getString("category")),
                resolvedLevel == null ? null : Level.valueOf(resolvedLevel));
    }

    /** A score at or below the threshold, or a concern not resolved, asks for a review. */
    boolean dissatisfied(SurveyAnswer answer) {
        return answer.satisfaction() <= properties.reviewAtOrBelow() || !answer.concernResolved();
    }

    private void store(CaseRecord caseRecord, SurveyAnswer answer, Via via, String reportedBy) {
        boolean dissatisfied = dissatisfied(answer);
        String caseNumber = caseRecord.caseNumber();
        List<StatusUpdate> caseUpdates = updates.of(caseNumber);
        Level resolvedAt = caseUpdates.stream()
                .filter(update -> update.event() == CaseEvent.RESOLVED)
                .map(StatusUpdate::fromLevel)
                .findFirst()
                .orElse(null);
        try {
            jdbc.sql("""
              insert into survey_answer (case_number, answered_at, satisfaction, concern_resolved,
                comment, answered_via, reported_by, dissatisfied, escalation_trigger, category,
                resolved_level)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            caseNumber,
                            Timestamp.from(clock.instant()),
                            answer.satisfaction(),
                            answer.concernResolved(),
                            answer.comment(),
                            via.name(),
                            reportedBy,
                            dissatisfied,
                            caseRecord.trigger().name(),
                            caseRecord.category().name(),
                            resolvedAt == null ? null : resolvedAt.name())
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new SurveyRefusedException(Reason.ANSWERED, "The survey was answered already");
        }
        timeline.surveyAnswered(
                caseNumber, answer.satisfaction(), answer.concernResolved(), answer.comment(), dissatisfied);
        reviews.followUp(caseNumber, caseRecord.customerName(), answer, dissatisfied, path(caseUpdates));
    }

    private SurveyAnswer checked(SurveyAnswer answer) {
        List<FieldError> errors = new ArrayList<>();
        if (answer.satisfaction() == null || answer.satisfaction() < 1 || answer.satisfaction() > 5) {
            errors.add(new FieldError("satisfaction", "must be a whole number from 1 to 5"));
        }
        if (answer.concernResolved() == null) {
            errors.add(new FieldError("concernResolved", "must be true or false"));
        }
        String comment = answer.comment() == null || answer.comment().isBlank()
                ? null
                : answer.comment().strip();
        if (comment != null && comment.length() > properties.commentLength()) {
            errors.add(new FieldError("comment", "must be at most " + properties.commentLength() + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return new SurveyAnswer(answer.satisfaction(), answer.concernResolved(), comment);
    }

    /** The levels the case held, in order: "Tier 1 → Tier 2 → Billing back office → Tier 2". */
    private String path(List<StatusUpdate> caseUpdates) {
        List<String> path = new ArrayList<>();
        Level last = null;
        for (StatusUpdate update : caseUpdates) {
            Level level = update.level();
            if (level != null
                    && level != Level.CLOSED
                    && level != last
                    && !update.event().isAboutNotification()) {
                path.add(labels.of(level));
                last = level;
            }
        }
        return String.join(" → ", path);
    }

    private String token(String caseNumber, Instant issuedAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.tokenSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature =
                    mac.doFinal((caseNumber + "\n" + issuedAt.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
