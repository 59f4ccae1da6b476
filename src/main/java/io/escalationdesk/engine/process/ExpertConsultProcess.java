package io.escalationdesk.engine.process;

/** Names shared between {@code processes/ExpertConsult.bpmn}, its form and the Java code. */
public final class ExpertConsultProcess {

    public static final String PROCESS_KEY = "ExpertConsult";
    public static final String MESSAGE_EXPERT_ASKED = "ExpertAsked";
    public static final String TASK_ANSWER_COLLEAGUES_QUESTION = "UserTask_AnswerColleaguesQuestion";
    public static final String TIMER_CONSULT_WARNING = "BoundaryEvent_ConsultWarning";
    public static final String TIMER_CONSULT_SLA_BREACHED = "BoundaryEvent_ConsultSlaBreached";

    /** Process variables: the question, its timers and what the expert's form shows. */
    public static final class Variables {
        public static final String CONSULT_ID = "consultId";
        /** The candidate group of the expert task. */
        public static final String EXPERT_GROUP = "expertGroup";

        public static final String CASE_NUMBER = "caseNumber";
        public static final String ASKED_BY = "askedBy";
        public static final String CUSTOMER_NAME = "customerName";
        /** The case's concern in words: category, priority, trigger. */
        public static final String CONCERN = "concern";

        public static final String DESCRIPTION = "description";
        public static final String QUESTION = "question";
        public static final String ANSWER = "answer";
        public static final String SLA_CALENDAR = "slaCalendar";
        public static final String CONSULT_SLA = "consultSla";
        public static final String CONSULT_WARNING_AFTER = "consultWarningAfter";

        private Variables() {}
    }

    private ExpertConsultProcess() {}
}
