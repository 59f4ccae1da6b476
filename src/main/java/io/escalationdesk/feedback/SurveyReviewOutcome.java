package io.escalationdesk.feedback;

/** What a supervisor did about a dissatisfied customer's survey answer. */
public enum SurveyReviewOutcome {
    CALLED_BACK,
    FOLLOW_UP_OPENED,
    NO_ACTION
}
