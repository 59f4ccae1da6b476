package io.escalationdesk.goodwill;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.Labels;
import io.escalationdesk.timeline.TimelineWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Goodwill within limits: an agent grants what their level's limit covers at once; above it, the
 * lowest level whose limit covers it approves, and nobody approves their own request. The case
 * stays with the agent either way. Every step is on the case's timeline.
 */
@Service
public class Goodwill {

    /**
     * Where a request goes: granted at once, or to the level that approves it.
     *
     * @param request the request as stored: trimmed, amounts to the cent
     */
    public record Routing(long id, GoodwillRequest request, boolean withinLimit, Level approver) {}

    /** A request as stored, with how it stands. */
    public record Requested(
            long id,
            String caseNumber,
            String requestedBy,
            Level level,
            GoodwillRequest request,
            String status,
            Level approver,
            String decidedBy,
            String decisionNote,
            String billingReference) {}

    /** The levels that approve, lowest first. */
    private static final List<Level> APPROVERS = List.of(Level.TIER1, Level.TIER2, Level.SUPERVISOR, Level.MANAGEMENT);

    static final int REASON_LENGTH = 500;

    private final JdbcClient jdbc;
    private final CaseRecords records;
    private final GoodwillLimits limits;
    private final TimelineWriter timeline;
    private final Labels labels;
    private final GoodwillProperties properties;
    private final Clock clock;

    Goodwill(
            JdbcClient jdbc,
            CaseRecords records,
            GoodwillLimits limits,
            TimelineWriter timeline,
            Labels labels,
            GoodwillProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.limits = limits;
        this.timeline = timeline;
        this.labels = labels;
        this.properties = properties;
        this.clock = clock;
    }

    /** The customer's concern as the approver reads it: what it is about, and why it was escalated. */
    public String concern(CaseRecord record) {
        return labels.of(record.category()) + " for a " + labels.of(record.customerSegment())
                + " customer, escalated because of: " + labels.of(record.trigger());
    }

    /**
     * @throws InvalidFieldException naming each field of the request that is missing or wrong, or
     *     the amount when no level's limit covers it; nothing is stored then
     */
    public Routing request(String caseNumber, Level level, GoodwillRequest given, String requestedBy) {
        GoodwillRequest request = checked(given);
        CaseRecord record = records.find(caseNumber).orElseThrow();
        boolean withinLimit =
                limits.of(level, record.customerSegment(), record.category()).covers(request);
        Level approver = withinLimit
                ? null
                : APPROVERS.stream()
                        .filter(candidate -> limits.of(candidate, record.customerSegment(), record.category())
                                .covers(request))
                        .findFirst()
                        .orElseThrow(() -> new InvalidFieldException(
                                request.kind() == GoodwillKind.EXCEPTION ? "goodwillException" : "goodwillAmount",
                                "no level may grant this for the customer's segment and concern"));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
            insert into goodwill (case_number, requested_at, requested_by, level, kind, amount,
              exception_kind, reason, status, approver_level)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        caseNumber,
                        Timestamp.from(clock.instant()),
                        requestedBy,
                        level.name(),
                        request.kind().name(),
                        request.amount(),
                        request.exception() == null ? null : request.exception().name(),
                        request.reason(),
                        withinLimit ? "APPROVED" : "APPROVAL_ASKED",
                        approver == null ? null : approver.name())
                .update(key, "id");
        if (!withinLimit) {
            timeline.goodwillApprovalAsked(caseNumber, level, requestedBy, words(request), approver, request.reason());
        }
        return new Routing(key.getKey().longValue(), request, withinLimit, approver);
    }

    /**
     * @throws InvalidFieldException when the approver asked for it themselves
     */
    public void approved(long id, String approvedBy, String note) {
        Requested requested = decidable(id, approvedBy);
        decide(id, "APPROVED", approvedBy, note);
        timeline.goodwillApproved(requested.caseNumber(), approvedBy, words(requested.request()), note);
    }

    /**
     * @throws InvalidFieldException when the approver asked for it themselves, or gives no reason
     */
    public void rejected(long id, String rejectedBy, String why) {
        if (why == null || why.isBlank()) {
            throw new InvalidFieldException("decisionNote", "say why, for the agent who asked");
        }
        Requested requested = decidable(id, rejectedBy);
        decide(id, "REJECTED", rejectedBy, why);
        timeline.goodwillRejected(requested.caseNumber(), rejectedBy, words(requested.request()), why);
    }

    /** The billing system booked it (or, without one, the back office will). */
    public void granted(long id, Optional<String> billingReference, boolean billingConfigured) {
        jdbc.sql("update goodwill set status = 'GRANTED', granted_at = ?, billing_reference = ? " + "where id = ?")
                .params(Timestamp.from(clock.instant()), billingReference.orElse(null), id)
                .update();
        Requested requested = find(id).orElseThrow();
        timeline.goodwillGranted(
                requested.caseNumber(),
                requested.level(),
                requested.decidedBy() == null ? requested.requestedBy() : requested.decidedBy(),
                words(requested.request()),
                requested.request().reason(),
                billingReference,
                billingConfigured);
    }

    public Optional<Requested> find(long id) {
        return jdbc.sql("select * from goodwill where id = ?")
                .param(id)
                .query(Goodwill::requested)
                .optional();
    }

    /** What the agent's form shows: the case's goodwill and how each stands, oldest first. */
    public String summaryOf(String caseNumber) {
        return jdbc
                .sql("select * from goodwill where case_number = ? order by id")
                .param(caseNumber)
                .query(Goodwill::requested)
                .list()
                .stream()
                .map(requested -> words(requested.request()) + " for "
                        + requested.request().reason() + ": " + standing(requested))
                .collect(Collectors.joining("\n"));
    }

    /** "Credit of 25.00 EUR", "Fee waived: 9.90 EUR", "Exception: Extended return". */
    public String words(GoodwillRequest request) {
        return switch (request.kind()) {
            case CREDIT -> "Credit of " + request.amount().toPlainString() + " " + properties.currency();
            case FEE_WAIVER -> "Fee waived: " + request.amount().toPlainString() + " " + properties.currency();
            case EXCEPTION -> "Exception: " + labels.of(request.exception());
        };
    }

    private static Requested requested(ResultSet row, int number) throws SQLException {
        String exception = row.getString("exception_kind");
        String approver = row.getString("approver_level");
        return new Requested(
                row.getLong("id"),
                row.getString("case_number"),
                row.getString("requested_by"),
                Level.valueOf(row.getString("level")),
                new GoodwillRequest(
                        GoodwillKind.valueOf(row.getString("kind")),
                        row.getBigDecimal("amount"),
                        exception == null ? null : ExceptionKind.valueOf(exception),
                        row.getString("reason")),
                row.getString("status"),
                approver == null ? null : Level.valueOf(approver),
                row.getString("decided_by"),
                row.getString("decision_note"),
                row.getString("billing_reference"));
    }

    private String standing(Requested requested) {
        return switch (requested.status()) {
            case "GRANTED" -> "granted";
            case "APPROVED" -> "approved, being booked";
            case "REJECTED" -> "rejected by " + requested.decidedBy() + ": " + requested.decisionNote();
            default -> "waiting for approval by " + labels.of(requested.approver());
        };
    }

    private Requested decidable(long id, String decidedBy) {
        Requested requested = find(id).orElseThrow();
        if (requested.requestedBy().equals(decidedBy)) {
            throw new InvalidFieldException("approver", "nobody decides on goodwill they asked for themselves");
        }
        return requested;
    }

    private void decide(long id, String status, String decidedBy, String note) {
        jdbc.sql("update goodwill set status = ?, decided_by = ?, decided_at = ?, decision_note = ? "
                        + "where id = ? and status = 'APPROVAL_ASKED'")
                .params(
                        status,
                        decidedBy,
                        Timestamp.from(clock.instant()),
                        note == null || note.isBlank() ? null : note.strip(),
                        id)
                .update();
    }

    private GoodwillRequest checked(GoodwillRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() == null) {
            errors.add(new FieldError("goodwillKind", "choose a credit, a fee waiver or an exception"));
        } else if (request.kind() == GoodwillKind.EXCEPTION) {
            if (request.exception() == null) {
                errors.add(new FieldError("goodwillException", "choose the exception"));
            }
        } else if (request.amount() == null
                || request.amount().signum() <= 0
                || request.amount().scale() > 2) {
            errors.add(new FieldError("goodwillAmount", "must be an amount above 0 with at most 2 decimals"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldError("goodwillReason", "say why; it goes on the case timeline"));
        } else if (request.reason().strip().length() > REASON_LENGTH) {
            errors.add(new FieldError("goodwillReason", "must be at most " + REASON_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return new GoodwillRequest(
                request.kind(),
                request.kind() == GoodwillKind.EXCEPTION
                        ? null
                        : request.amount().setScale(2),
                request.kind() == GoodwillKind.EXCEPTION ? request.exception() : null,
                request.reason().strip());
    }
}
