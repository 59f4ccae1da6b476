package io.escalationdesk.engine.process;

/** Names shared between {@code processes/CustomerEscalation.bpmn}, its policy and the Java code. */
public final class CustomerEscalationProcess {

    public static final String PROCESS_KEY = "CustomerEscalation";
    public static final String POLICY_DECISION_KEY = "EscalationPolicy";
    public static final String SLA_CALENDAR_DECISION_KEY = "SlaCalendar";
    public static final String BILLING_HANDOFF_TOPIC = "billing-handoff";
    public static final String MESSAGE_CUSTOMER_ASKED_FOR_SUPERVISOR = "CustomerAskedForSupervisor";
    public static final String MESSAGE_CUSTOMER_REPLIED = "CustomerReplied";
    public static final String MESSAGE_CUSTOMER_WROTE = "CustomerWrote";

    /** Process variables: the case data the policy, gateways, timers and forms need. */
    public static final class Variables {
        // a new case as Tasklist's start form or the engine's REST API gives it; once the case is
        // open the record keeps the customer, and tasks get a copy for their form (caseContext)
        public static final String CUSTOMER_ID = "customerId";
        public static final String CUSTOMER_NAME = "customerName";
        public static final String CUSTOMER_EMAIL = "customerEmail";
        public static final String CUSTOMER_PHONE = "customerPhone";
        public static final String DESCRIPTION = "description";
        public static final String CATEGORY = "category";
        public static final String PRIORITY = "priority";
        public static final String TRIGGER = "trigger";
        public static final String CUSTOMER_SEGMENT = "customerSegment";
        public static final String CHANNEL = "channel";
        /** Optional when a case starts without the intake API: EN or DE, EN when absent. */
        public static final String CUSTOMER_LANGUAGE = "customerLanguage";
        /** Transient: the case API's checked request, for Open case. */
        public static final String NEW_CASE = "newCase";
        /** Transient: the closed case a new one follows up. */
        public static final String FOLLOW_UP_OF = "followUpOf";

        // written by the policy (EscalationPolicy.dmn)
        public static final String ENTRY_LEVEL = "entryLevel";
        public static final String DEPARTMENT = "department";
        public static final String AVOIDABLE = "avoidable";
        /** The policy's first response target: an agent acts on the case within it, at each level. */
        public static final String FIRST_RESPONSE_SLA = "firstResponseSla";
        /** Transient: the id of the policy's rule that matched ({@code MatchedPolicyRule}). */
        public static final String POLICY_RULE = "policyRule";
        /** The partner team the policy routes the case to ({@code escalation.partners}); empty: none. */
        public static final String PARTNER = "partner";
        /** The partner team that has the case at its current level: its queue gets the task. */
        public static final String HELD_BY_PARTNER = "heldByPartner";
        /** The business calendar SLA time runs in: a name from {@code escalation.sla.calendars}. */
        public static final String SLA_CALENDAR = "slaCalendar";

        // the case's position, written at every transition
        public static final String LEVEL = "level";
        public static final String HAND_OFF_LEVEL = "handOffLevel";
        public static final String TRANSITION = "transition";
        public static final String LAST_EVENT = "lastEvent";
        /** The current level's resolution target (ISO duration of business time); the breach timer. */
        public static final String SLA_TARGET = "slaTarget";
        /** The share of the target after which the supervisor is warned; the warning timer. */
        public static final String SLA_WARNING_AFTER = "slaWarningAfter";
        /** The current level's first response target (ISO duration of business time); the timer. */
        public static final String FIRST_RESPONSE_TARGET = "firstResponseTarget";

        public static final String FIRST_RESPONSE_DUE_AT = "firstResponseDueAt";
        /** When an agent first claimed or completed the current level's task; null until then. */
        public static final String FIRST_RESPONSE_AT = "firstResponseAt";
        /** When the SLA of the current level runs out: what the customer is told and agents see. */
        public static final String SLA_DUE_AT = "slaDueAt";
        /** When the supervisor is warned of the current level's SLA: the follow-up date of its tasks. */
        public static final String SLA_WARNING_AT = "slaWarningAt";
        /** Since when the SLA clock stands still, waiting for the customer; absent while it runs. */
        public static final String SLA_PAUSED_AT = "slaPausedAt";
        /** Business time the case has waited for the customer, all levels together (ISO duration). */
        public static final String SLA_PAUSED_TOTAL = "slaPausedTotal";
        /** Business time after which a waiting customer is reminded (ISO duration); the timer. */
        public static final String REPLY_REMINDER_AFTER = "replyReminderAfter";
        /** When a waiting case closes unresolved; quoted to the customer; the timer. */
        public static final String REPLY_DUE_AT = "replyDueAt";

        // an agent's outcome of a level or department task
        public static final String OUTCOME = "outcome";
        public static final String REASON = "reason";
        public static final String RESOLUTION_CODE = "resolutionCode";
        /** What was done, in the agent's words for the customer: the resolution message carries it. */
        public static final String RESOLUTION_SUMMARY = "resolutionSummary";
        /**
         * Whether the outcome keeps the case with the agent (they ask for help): Java decides it
         * from the outcome, the gateway "Does the agent keep the case?" reads it.
         */
        public static final String AGENT_KEEPS_CASE = "agentKeepsCase";
        /** Optional with a resolution or a return: a lesson for the team, and its kind. */
        public static final String LESSON = "lesson";

        public static final String LESSON_KIND = "lessonKind";
        /** With the outcome ASK_EXPERT: whom the agent asks ({@code ExpertGroup}), and what. */
        public static final String EXPERT_GROUP = "expertGroup";

        public static final String QUESTION = "question";
        /** The agent who asked an expert: the level's task comes back to them. */
        public static final String KEPT_BY = "keptBy";
        /** The case's questions to experts and how each stands, as the task form shows them. */
        public static final String CONSULT_ANSWERS = "consultAnswers";
        /** With the outcome INFORMATION_REQUESTED: the outbound department calls instead of writing. */
        public static final String CALL_CUSTOMER = "callCustomer";
        /** How the customer is asked this time: PHONE or MESSAGE; the gateway reads it. */
        public static final String ASK_BY = "askBy";
        /** What the case waits for, and who asked: what the outbound agent calls about. */
        public static final String INFORMATION_NEEDED = "informationNeeded";

        public static final String INFORMATION_ASKED_BY = "informationAskedBy";
        public static final String CALL_ATTEMPTS = "callAttempts";
        public static final String MAX_CALL_ATTEMPTS = "maxCallAttempts";
        /** Business time between two calls (ISO duration); the timer. */
        public static final String CALL_RETRY_AFTER = "callRetryAfter";
        /** The outbound agent's outcome ({@code CallOutcome}) and note: the answer, or what happened. */
        public static final String CALL_OUTCOME = "callOutcome";

        public static final String CALL_NOTE = "callNote";
        /** With the outcome GRANT_GOODWILL: what the agent grants ({@code GoodwillRequest}). */
        public static final String GOODWILL_KIND = "goodwillKind";

        public static final String GOODWILL_AMOUNT = "goodwillAmount";
        public static final String GOODWILL_EXCEPTION = "goodwillException";
        public static final String GOODWILL_REASON = "goodwillReason";
        /** The case's goodwill and how each stands, as the task form shows it. */
        public static final String GOODWILL_DECISIONS = "goodwillDecisions";
        /** The policy's answer time for a question to an expert group (ISO duration, business time). */
        public static final String CONSULT_SLA = "consultSla";

        /** Local input of a "Notify supervisor" step: the event the supervisor is told about. */
        public static final String SUPERVISOR_EVENT = "supervisorEvent";

        // task-local, for the task form (caseContext listener)
        public static final String CASE_NUMBER = "caseNumber";
        public static final String SLA_DUE = "slaDue";
        public static final String LATEST_UPDATES = "latestUpdates";
        /** The labels of the case's codes (category, trigger, ...), as the form shows them. */
        public static final String CASE_LABELS = "caseLabels";
        /** In the case labels: the customer is a VIP; the form marks them. */
        public static final String VIP = "vip";
        /** In the case labels: the case has left Tier 1; the form says why it was escalated. */
        public static final String ESCALATED = "escalated";

        public static final String OUTCOME_OPTIONS = "outcomeOptions";
        /** The customer's latest messages on the case, as the task form shows them. */
        public static final String CUSTOMER_MESSAGES = "customerMessages";
        // task-local, for the task form's knowledge panel (knowledgeInForm listener)
        public static final String TIER_ONE_HINT = "tierOneHint";
        public static final String SIMILAR_CASES = "similarCases";
        public static final String SUGGESTED_ARTICLES = "suggestedArticles";
        public static final String CUSTOMER_HISTORY = "customerHistory";
        /** The suggestions shown, as the "This helped" checklist offers them. */
        public static final String SUGGESTION_OPTIONS = "suggestionOptions";
        /** On completion: the suggestions the agent ticked "This helped" ({@code CASE:<number>}, ...). */
        public static final String SUGGESTIONS_HELPED = "suggestionsHelped";
        /** Optional with any outcome: what the agent writes to the customer, sent as they wrote it. */
        public static final String MESSAGE_TO_CUSTOMER = "messageToCustomer";
        /** Transient: who acted when no engine authentication says so (a customer contact). */
        public static final String ACTOR = "actor";

        public static final String BILLING_REFERENCE = "billingReference";

        private Variables() {}
    }

    /** Element ids, for tests and for code that moves or inspects a running case. */
    public static final class Elements {
        public static final String TASK_NOTIFY_CUSTOMER = "ServiceTask_NotifyCustomer";
        public static final String TASK_RESOLVE_CASE = "UserTask_ResolveCase";
        public static final String TASK_RESOLVE_ESCALATED_CASE = "UserTask_ResolveEscalatedCase";
        public static final String TASK_REVIEW_ESCALATED_CASE = "UserTask_ReviewEscalatedCase";
        public static final String TASK_DECIDE_ON_ESCALATED_CASE = "UserTask_DecideOnEscalatedCase";
        public static final String TASK_HAND_OFF_TO_BILLING = "ServiceTask_HandOffToBilling";
        public static final String TASK_RESOLVE_BILLING_ISSUE = "UserTask_ResolveBillingIssue";
        public static final String TASK_RESOLVE_TECHNICAL_ISSUE = "UserTask_ResolveTechnicalIssue";
        public static final String SUBPROCESS_WORK_ON_CASE = "SubProcess_WorkOnCase";
        public static final String TIMER_SLA_BREACHED = "BoundaryEvent_SlaBreached";
        public static final String TIMER_SLA_WARNING = "BoundaryEvent_SlaWarning";
        public static final String TASK_RECORD_SLA_BREACH = "ServiceTask_RecordSlaBreach";
        public static final String TIMER_FIRST_RESPONSE_DUE = "BoundaryEvent_FirstResponseDue";
        public static final String END_RESPONDED_IN_TIME = "EndEvent_RespondedInTime";
        public static final String TASK_RECORD_MISSED_FIRST_RESPONSE = "ServiceTask_RecordMissedFirstResponse";
        public static final String TASK_NOTIFY_SUPERVISOR_OF_MISSED_FIRST_RESPONSE =
                "ServiceTask_NotifySupervisorOfMissedFirstResponse";
        public static final String END_FIRST_RESPONSE_MISSED = "EndEvent_FirstResponseMissed";
        public static final String TASK_RECORD_SLA_WARNING = "ServiceTask_RecordSlaWarning";
        public static final String TASK_NOTIFY_SUPERVISOR = "ServiceTask_NotifySupervisor";
        public static final String END_SUPERVISOR_WARNED = "EndEvent_SupervisorWarned";
        public static final String TASK_PAUSE_SLA_CLOCK = "ServiceTask_PauseSlaClock";
        public static final String TASK_ASK_CUSTOMER_FOR_INFORMATION = "ServiceTask_AskCustomerForInformation";
        public static final String GATEWAY_AWAIT_REPLY = "Gateway_AwaitReply";
        public static final String TIMER_REMINDER_DUE = "Event_ReminderDue";
        public static final String TASK_REMIND_CUSTOMER = "ServiceTask_RemindCustomer";
        public static final String GATEWAY_AWAIT_REPLY_AFTER_REMINDER = "Gateway_AwaitReplyAfterReminder";
        public static final String TIMER_REPLY_DEADLINE_PASSED = "Event_ReplyDeadlinePassed";
        public static final String TASK_RESUME_SLA_CLOCK = "ServiceTask_ResumeSlaClock";
        public static final String TASK_CALL_CUSTOMER_BACK = "UserTask_CallCustomerBack";
        public static final String TIMER_CALL_RETRY_DUE = "Event_CallRetryDue";
        public static final String TASK_CLOSE_UNRESOLVED = "ServiceTask_CloseUnresolved";
        public static final String END_CASE_CLOSED = "EndEvent_CaseClosed";
        public static final String TASK_SHOW_MESSAGE_TO_AGENT = "ServiceTask_ShowMessageToAgent";

        private Elements() {}
    }

    private CustomerEscalationProcess() {}
}
