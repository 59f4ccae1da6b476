package io.escalationdesk.engine.process;

/** Names shared between {@code processes/SurveyFollowUp.bpmn}, its form and the Java code. */
public final class SurveyFollowUpProcess {

    public static final String PROCESS_KEY = "SurveyFollowUp";
    public static final String MESSAGE_SURVEY_ANSWERED = "SurveyAnswered";
    public static final String TASK_REVIEW_DISSATISFIED_CUSTOMER = "UserTask_ReviewDissatisfiedCustomer";

    /** Process variables: what the gateway decides on and the review form shows. */
    public static final class Variables {
        public static final String CASE_NUMBER = "caseNumber";
        public static final String CUSTOMER_NAME = "customerName";
        public static final String SATISFACTION = "satisfaction";
        public static final String CONCERN_RESOLVED = "concernResolved";
        public static final String COMMENT = "comment";
        public static final String CASE_PATH = "casePath";
        public static final String DISSATISFIED = "dissatisfied";
        /** The supervisor's review: what they did, and a note for the timeline. */
        public static final String REVIEW_OUTCOME = "reviewOutcome";

        public static final String REVIEW_NOTE = "reviewNote";

        private Variables() {}
    }

    private SurveyFollowUpProcess() {}
}
