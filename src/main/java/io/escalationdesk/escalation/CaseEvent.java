package io.escalationdesk.escalation;

/**
 * What happened to a case: every status update on its timeline names one, and reports count
 * them. {@code timeline.TimelineWriter} words each; {@code labels.properties} names each for people.
 */
public enum CaseEvent {
    OPENED,
    ROUTED,
    ESCALATED,
    /** No agent claimed or completed the level's task within the first response target. */
    FIRST_RESPONSE_MISSED,
    /** A share of the current level's SLA has passed; the supervisor is warned. */
    SLA_WARNING,
    SLA_BREACHED,
    HANDED_OFF,
    RETURNED,
    RESOLVED,
    /** An agent asked the customer for information; the SLA clock stands still until they reply. */
    INFORMATION_REQUESTED,
    /** The customer was reminded of the information we wait for. */
    REMINDER,
    /** The customer replied; the SLA clock runs on with the business time that was left. */
    SLA_RESUMED,
    /** No reply after the reminder: the case closed without a resolution. */
    UNRESOLVED_NO_REPLY,
    FORWARDED_TO_BILLING,
    CUSTOMER_CONTACTED,
    /** A message about the case reached the customer's email provider or SMS gateway. */
    CUSTOMER_NOTIFIED,
    /** A message could not be delivered, for good; an operator may retry it. */
    NOTIFICATION_FAILED,
    /** A message was not sent: the customer opted out or left no address for it. */
    NOTIFICATION_SKIPPED,
    NOTIFICATION_RETRIED,
    /** An SLA warning reached the supervisor of the group that has the case. */
    SUPERVISOR_NOTIFIED,
    PREFERENCES_CHANGED,
    /** The customer answered the satisfaction survey. */
    SURVEY_ANSWERED,
    /** A supervisor reviewed a dissatisfied customer's answer. */
    SURVEY_REVIEWED,
    /** An agent noted a lesson for the team when resolving or returning the case. */
    LESSON_NOTED,
    /** The review acted on a lesson of the case. */
    LESSON_ADOPTED,
    /** The review let a lesson of the case go, saying why. */
    LESSON_DISMISSED,
    /** An agent asked an expert group a question, keeping the case (the internal help line). */
    CONSULT_ASKED,
    CONSULT_ANSWERED,
    /** A share of the consult SLA has passed without an answer. */
    CONSULT_WARNING,
    /** The expert group did not answer within the consult SLA. */
    CONSULT_TIMED_OUT,
    /** The case closed while its question was still open. */
    CONSULT_CANCELLED,
    /** An agent asked for goodwill above their level's limit: a higher level approves. */
    GOODWILL_APPROVAL_ASKED,
    GOODWILL_APPROVED,
    GOODWILL_REJECTED,
    /** Goodwill was booked: within the agent's limit, or once approved. */
    GOODWILL_GRANTED,
    /** An agent wrote to the customer, in the case's thread on the customer's channel. */
    CUSTOMER_MESSAGED,
    /** The outbound department called the customer for the information the case waits for. */
    CUSTOMER_CALLED,
    /** An agent marked a suggested similar case or knowledge article as having helped with the case. */
    SUGGESTION_HELPED;

    /** The customer's message quotes their reply deadline rather than our answer time. */
    public boolean quotesReplyDeadline() {
        return this == INFORMATION_REQUESTED || this == REMINDER;
    }

    /** About a message to the customer or a supervisor, not about the case's own course. */
    public boolean isAboutNotification() {
        return this == CUSTOMER_NOTIFIED
                || this == NOTIFICATION_FAILED
                || this == NOTIFICATION_SKIPPED
                || this == NOTIFICATION_RETRIED
                || this == SUPERVISOR_NOTIFIED;
    }
}
