package io.escalationdesk.timeline;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.CallOutcome;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Department;
import io.escalationdesk.escalation.ExpertGroup;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.escalation.Transition;
import io.escalationdesk.sla.SlaDurations;
import io.escalationdesk.system.Labels;
import io.escalationdesk.system.StaffTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one writer of case timelines. Each status update is a named event, {@link CaseEvent}: the
 * vocabulary reports count. What an update says is worded here and nowhere else, with labels
 * rather than codes. It writes the timeline only: a move is made by {@code move.CaseMoves}, which
 * moves the case record and the KPI facts in the same step and has the move worded here.
 */
@Component
public class TimelineWriter {

    /** The actor of timers, workers and routing: no person acted. */
    public static final String SYSTEM = "system";

    /** The actor of what the customer did themselves, such as answering the survey. */
    public static final String CUSTOMER = "customer";

    /** What a message was about and where it went, as its delivery reports name it. */
    public record Message(ContactChannel channel, String maskedRecipient, CaseEvent about, Level level) {}

    private static final int REASON_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final StaffTime staffTime;
    private final CaseRecords records;
    private final Labels labels;
    private final Partners partners;
    private final Clock clock;

    TimelineWriter(
            JdbcClient jdbc, CaseRecords records, Labels labels, Partners partners, StaffTime staffTime, Clock clock) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.staffTime = staffTime;
        this.records = records;
        this.labels = labels;
        this.clock = clock;
    }

    // --- a case's course: opened, then moved from level to level until it is closed

    public void opened(CaseRef ref, String actor, Channel channel, Trigger trigger) {
        record(ref, actor, CaseEvent.OPENED, null, "Escalated via " + labels.of(channel) + ": " + labels.of(trigger));
    }

    /**
     * @param policyRule the id of the policy's rule that matched, named in the update so agents and
     *     process owners see why; none when it is not known
     * @param calendar the business calendar the case's SLAs run in
     */
    public void routed(
            CaseRef ref,
            Transition move,
            Department department,
            boolean avoidable,
            String policyRule,
            String calendar) {
        moved(
                ref,
                SYSTEM,
                move,
                "Escalation policy: " + labels.of(move.to()) + " first"
                        + (policyRule == null ? "" : " (" + policyRule + ")")
                        + (department == Department.NONE ? "" : "; department for a hand-off: " + labels.of(department))
                        + (avoidable ? "; Tier 1 could have handled it" : ""));
    }

    /** An agent's outcome moved the case: escalated, handed off, returned or resolved. */
    public void decided(
            CaseRef ref, Transition move, String actor, Outcome outcome, ResolutionCode resolution, String note) {
        String why = switch (outcome) {
            case RESOLVED -> labels.of(resolution) + (isBlank(note) ? "" : ": " + note);
            case SUPERVISOR_REQUESTED -> "Customer asked for a supervisor" + (isBlank(note) ? "" : ": " + note);
            default -> note;
        };
        moved(ref, actor, move, why);
    }

    public void slaBreached(CaseRef ref, Transition move, Duration target, Duration lateBy) {
        moved(
                ref,
                SYSTEM,
                move,
                "%s SLA of %s breached, %s late in business time; %s"
                        .formatted(
                                labels.of(move.from()),
                                SlaDurations.words(target),
                                SlaDurations.words(lateBy),
                                move.to() == move.from()
                                        ? "stays with " + labels.of(move.to()) + " with a new SLA"
                                        : "escalated to " + labels.of(move.to())));
    }

    public void closedUnresolved(CaseRef ref, Transition move) {
        moved(ref, SYSTEM, move, "The customer did not reply to the information request or the reminder");
    }

    // --- the SLA clock of the level the case is at

    public void slaWarning(CaseRef ref, Level level, double share, Duration target, Duration left, ZonedDateTime due) {
        record(
                ref,
                SYSTEM,
                CaseEvent.SLA_WARNING,
                level,
                "%d%% of the %s SLA of %s used; %s of business time left until %s"
                        .formatted(
                                Math.round(share * 100),
                                labels.of(level),
                                SlaDurations.words(target),
                                SlaDurations.words(left),
                                staffTime.format(due.toInstant())));
    }

    public void firstResponseMissed(CaseRef ref, Level level, Duration target, ZonedDateTime due) {
        record(
                ref,
                SYSTEM,
                CaseEvent.FIRST_RESPONSE_MISSED,
                level,
                "No agent took the " + labels.of(level) + " task within the first response target of "
                        + SlaDurations.words(target) + " (due " + staffTime.format(due.toInstant()) + ")");
    }

    public void informationRequested(CaseRef ref, Level level, String actor, String needed, Duration left) {
        record(
                ref,
                actor,
                CaseEvent.INFORMATION_REQUESTED,
                level,
                needed + "; SLA clock paused with " + SlaDurations.words(left) + " of business time left");
    }

    public void reminded(CaseRef ref, Level level, ZonedDateTime closesAt) {
        record(
                ref,
                SYSTEM,
                CaseEvent.REMINDER,
                level,
                "No reply yet; without one the case closes unresolved at " + staffTime.format(closesAt.toInstant()));
    }

    /** @param customerReplied false when the wait ended for want of a number to call */
    public void slaResumed(
            CaseRef ref, Level level, String actor, Duration paused, ZonedDateTime due, boolean customerReplied) {
        record(
                ref,
                actor,
                CaseEvent.SLA_RESUMED,
                level,
                (customerReplied ? "The customer replied" : "The customer could not be called")
                        + "; SLA clock resumed after " + SlaDurations.words(paused)
                        + " of business time paused; due " + staffTime.format(due.toInstant()));
    }

    /**
     * @param attempt the call's number, of at most {@code attempts}
     * @param retryAfter business time until the next call after no answer
     * @param askedBy the agent who asked for the information
     */
    public void customerCalled(
            CaseRef ref,
            Level level,
            String actor,
            CallOutcome outcome,
            String note,
            int attempt,
            int attempts,
            Duration retryAfter,
            String askedBy) {
        String said = isBlank(note) ? "" : ": " + note;
        record(
                ref,
                actor,
                CaseEvent.CUSTOMER_CALLED,
                level,
                switch (outcome) {
                    case REACHED -> "Reached the customer (call " + attempt + ")" + said;
                    case NO_ANSWER ->
                        "No answer (call " + attempt + " of " + attempts + ")" + said
                                + (attempt < attempts
                                        ? "; calling again after " + SlaDurations.words(retryAfter)
                                                + " of business time"
                                        : "; reminding the customer by message");
                    case WRONG_NUMBER ->
                        "Wrong number (call " + attempt + ")" + said + "; the case goes back to " + askedBy;
                });
    }

    // --- departments and customers

    public void forwardedToBilling(CaseRef ref, Optional<String> reference, boolean systemConfigured) {
        record(
                ref,
                SYSTEM,
                CaseEvent.FORWARDED_TO_BILLING,
                Level.BILLING,
                reference
                        .map(billingReference -> "Forwarded to the billing system, reference " + billingReference)
                        .orElse(
                                systemConfigured
                                        ? "Forwarded to the billing system; it returned no reference"
                                        : "No billing system configured; the billing back office works the case in its queue"));
    }

    /**
     * @param followUpCaseNumber the case opened for a contact on a closed case; none otherwise
     */
    public void customerContacted(
            CaseRef ref,
            Level level,
            String actor,
            Channel channel,
            boolean askedForSupervisor,
            String note,
            String followUpCaseNumber) {
        record(
                ref,
                actor,
                CaseEvent.CUSTOMER_CONTACTED,
                level,
                labels.of(channel)
                        + (askedForSupervisor ? ", asked for a supervisor" : "") + ": " + note
                        + (followUpCaseNumber == null ? "" : "; follow-up case " + followUpCaseNumber + " opened"));
    }

    public void customerMessaged(String caseNumber, Level level, String actor, ContactChannel channel, String text) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                CaseEvent.CUSTOMER_MESSAGED,
                level,
                "Message to the customer by " + labels.of(channel) + ": " + text);
    }

    public void preferencesChanged(
            String caseNumber, Level level, String actor, ContactChannel channel, Language language, boolean optOut) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                CaseEvent.PREFERENCES_CHANGED,
                level,
                "Messages by " + labels.of(channel) + " in " + labels.of(language)
                        + (optOut ? "; the customer opted out of messages" : ""));
    }

    // --- feedback: the customer's survey answer, lessons for the team

    /** @param reviewed whether the answer went to the supervisors' review */
    public void surveyAnswered(
            String caseNumber, int satisfaction, boolean concernResolved, String comment, boolean reviewed) {
        record(
                new CaseRef(caseNumber, null),
                CUSTOMER,
                CaseEvent.SURVEY_ANSWERED,
                Level.CLOSED,
                "Satisfaction " + satisfaction + " of 5; concern resolved: "
                        + (concernResolved ? "yes" : "no")
                        + (comment == null ? "" : "; \"" + comment + "\"")
                        + (reviewed ? "; a supervisor reviews it" : ""));
    }

    /** @param outcome what the supervisor did about the answer */
    public void surveyReviewed(String caseNumber, String actor, Enum<?> outcome, String note) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                CaseEvent.SURVEY_REVIEWED,
                Level.CLOSED,
                labels.of(outcome) + (isBlank(note) ? "" : ": " + note));
    }

    public void lessonNoted(String caseNumber, Level level, String actor, Enum<?> kind, String lesson) {
        record(new CaseRef(caseNumber, null), actor, CaseEvent.LESSON_NOTED, level, labels.of(kind) + ": " + lesson);
    }

    /** @param what what was done about the lesson, or why it was dismissed */
    public void lessonDecided(
            String caseNumber, Level level, String actor, boolean adopted, Enum<?> kind, String what) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                adopted ? CaseEvent.LESSON_ADOPTED : CaseEvent.LESSON_DISMISSED,
                level,
                labels.of(kind) + " lesson " + (adopted ? "adopted: " : "dismissed: ") + what);
    }

    // --- knowledge: what the suggestions shown to an agent did for the case

    /**
     * @param kind what was suggested: a similar case or a knowledge article
     * @param suggested the similar case's number or the article's id
     * @param title the article's title; none for a similar case
     */
    public void suggestionHelped(
            String caseNumber, Level level, String actor, Enum<?> kind, String suggested, String title) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                CaseEvent.SUGGESTION_HELPED,
                level,
                labels.of(kind) + " " + suggested + (title == null ? "" : " \"" + title + "\"") + " helped");
    }

    // --- the internal help line: questions to an expert group, the case staying with the agent

    public void consultAsked(String caseNumber, Level level, String actor, ExpertGroup group, String question) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                CaseEvent.CONSULT_ASKED,
                level,
                "Asked " + labels.of(group) + ", keeping the case: " + question);
    }

    public void consultAnswered(String caseNumber, String actor, ExpertGroup group, String question, String answer) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                CaseEvent.CONSULT_ANSWERED,
                currentLevel(caseNumber),
                labels.of(group) + " answered \"" + question + "\": " + answer);
    }

    public void consultWarning(String caseNumber, ExpertGroup group, Duration left) {
        record(
                new CaseRef(caseNumber, null),
                SYSTEM,
                CaseEvent.CONSULT_WARNING,
                currentLevel(caseNumber),
                labels.of(group) + " has not answered yet; " + SlaDurations.words(left)
                        + " of business time left to answer");
    }

    public void consultTimedOut(String caseNumber, ExpertGroup group, Duration target) {
        record(
                new CaseRef(caseNumber, null),
                SYSTEM,
                CaseEvent.CONSULT_TIMED_OUT,
                currentLevel(caseNumber),
                labels.of(group) + " did not answer within the consult SLA of " + SlaDurations.words(target)
                        + "; the question is closed");
    }

    public void consultCancelled(String caseNumber, ExpertGroup group) {
        record(
                new CaseRef(caseNumber, null),
                SYSTEM,
                CaseEvent.CONSULT_CANCELLED,
                currentLevel(caseNumber),
                "The case closed; the question to " + labels.of(group) + " is withdrawn");
    }

    // --- goodwill within limits

    /** @param what the goodwill in words: "Credit of 25.00 EUR" */
    public void goodwillApprovalAsked(
            String caseNumber, Level level, String actor, String what, Level approver, String reason) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                CaseEvent.GOODWILL_APPROVAL_ASKED,
                level,
                what + " for " + reason + "; above the " + labels.of(level) + " limit, " + labels.of(approver)
                        + " approves");
    }

    public void goodwillApproved(String caseNumber, String actor, String what, String note) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                CaseEvent.GOODWILL_APPROVED,
                currentLevel(caseNumber),
                what + " approved" + (isBlank(note) ? "" : ": " + note));
    }

    public void goodwillRejected(String caseNumber, String actor, String what, String why) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                CaseEvent.GOODWILL_REJECTED,
                currentLevel(caseNumber),
                what + " rejected: " + why);
    }

    public void goodwillGranted(
            String caseNumber,
            Level level,
            String actor,
            String what,
            String reason,
            Optional<String> billingReference,
            boolean billingConfigured) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                CaseEvent.GOODWILL_GRANTED,
                level,
                what + " for " + reason + "; "
                        + billingReference
                                .map(reference -> "booked by the billing system, reference " + reference)
                                .orElse(
                                        billingConfigured
                                                ? "booked by the billing system"
                                                : "no billing system configured; the billing back office books it"));
    }

    private Level currentLevel(String caseNumber) {
        return records.find(caseNumber).map(record -> record.level()).orElse(null);
    }

    // --- messages about the case, to the customer or a supervisor

    /** @param toSupervisor whether the message went to the supervisor rather than the customer */
    public void messageDelivered(String caseNumber, Message message, boolean toSupervisor, String deliveredTo) {
        recordMessage(
                caseNumber,
                toSupervisor ? CaseEvent.SUPERVISOR_NOTIFIED : CaseEvent.CUSTOMER_NOTIFIED,
                SYSTEM,
                message,
                deliveredTo);
    }

    public void messageFailed(String caseNumber, Message message, String error) {
        recordMessage(caseNumber, CaseEvent.NOTIFICATION_FAILED, SYSTEM, message, error);
    }

    public void messageSkipped(String caseNumber, Message message, String why) {
        recordMessage(caseNumber, CaseEvent.NOTIFICATION_SKIPPED, SYSTEM, message, why);
    }

    public void messageRetried(String caseNumber, Message message, String actor) {
        recordMessage(caseNumber, CaseEvent.NOTIFICATION_RETRIED, actor, message, null);
    }

    /**
     * A status update in one line, as the task form lists the latest: event, the partner team
     * the case went to or is with, actor, reason.
     */
    public String summary(StatusUpdate update) {
        return labels.of(update.event())
                + (update.partner() == null
                        ? ""
                        : (update.level() == update.fromLevel() ? " at " : " to ") + partners.nameOf(update.partner())
                                + " (partner)")
                + " by " + update.actor()
                + (update.reason() == null ? "" : ": " + update.reason());
    }

    private void recordMessage(String caseNumber, CaseEvent event, String actor, Message message, String what) {
        record(
                new CaseRef(caseNumber, null),
                actor,
                event,
                message.level(),
                labels.of(message.channel())
                        + (message.maskedRecipient() == null ? "" : " to " + message.maskedRecipient())
                        + " about " + labels.of(message.about()) + (what == null ? "" : ": " + what));
    }

    /** The status update of a move; the record has moved already, with the partner that has it. */
    private void moved(CaseRef ref, String actor, Transition move, String why) {
        write(ref, actor, move.event(), move.from(), move.to(), why);
    }

    /** An update that leaves the case at its level. */
    private void record(CaseRef ref, String actor, CaseEvent event, Level level, String why) {
        write(ref, actor, event, level, level, why);
    }

    private void write(CaseRef ref, String actor, CaseEvent event, Level from, Level to, String why) {
        insert(new StatusUpdate(
                ref.caseNumber(),
                clock.instant(),
                actor,
                event,
                from,
                to,
                null,
                shortened(why),
                ref.processInstanceId()));
    }

    /**
     * Writes the update with the partner team that has the case now, from the case record in the
     * same statement, if the update is about the level the case is at: the one who moves a case
     * (the engine) sets its partner first, and the writer of the update need not know it.
     */
    private void insert(StatusUpdate update) {
        jdbc.sql("""
            insert into case_status_update
              (case_number, occurred_at, actor, event, from_level, level, partner, reason,
               process_instance_id)
            values (:caseNumber, :occurredAt, :actor, :event, :fromLevel, :level,
              (select partner from escalation_case
               where case_number = :caseNumber and level = :level),
              :reason, :processInstanceId)
            """)
                .param("caseNumber", update.caseNumber())
                .param("occurredAt", Timestamp.from(update.occurredAt()))
                .param("actor", update.actor())
                .param("event", update.event().name())
                .param("fromLevel", nameOf(update.fromLevel()))
                .param("level", nameOf(update.level()))
                .param("reason", update.reason())
                .param("processInstanceId", update.processInstanceId())
                .update();
    }

    private static String nameOf(Level level) {
        return level == null ? null : level.name();
    }

    /** Agents' notes may fill the column on their own; what we add must not overflow it. */
    private static String shortened(String why) {
        return why == null || why.length() <= REASON_LENGTH ? why : why.substring(0, REASON_LENGTH - 1) + "…";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
