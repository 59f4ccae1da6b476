package io.escalationdesk.engine.process;

/** Names shared between {@code processes/GoodwillApproval.bpmn}, its form, the limits table and Java. */
public final class GoodwillApprovalProcess {

    public static final String PROCESS_KEY = "GoodwillApproval";
    public static final String LIMITS_DECISION_KEY = "GoodwillLimits";
    public static final String MESSAGE_GOODWILL_REQUESTED = "GoodwillRequested";
    public static final String BOOKING_TOPIC = "goodwill-grant";
    public static final String TASK_APPROVE_GOODWILL = "UserTask_ApproveGoodwill";
    public static final String TASK_BOOK_GOODWILL = "ServiceTask_BookGoodwill";

    /** Process variables: the request, where it goes, and what the approver's form shows. */
    public static final class Variables {
        public static final String GOODWILL_ID = "goodwillId";
        public static final String WITHIN_LIMIT = "withinLimit";
        /** The candidate group of the approval task. */
        public static final String APPROVER_GROUP = "approverGroup";

        public static final String CASE_NUMBER = "caseNumber";
        public static final String REQUESTED_BY = "requestedBy";
        public static final String CUSTOMER_NAME = "customerName";
        public static final String CONCERN = "concern";
        /** The goodwill in words: "Credit of 25.00 EUR". */
        public static final String GOODWILL = "goodwill";

        public static final String GOODWILL_REASON = "goodwillReason";
        /** The approver's decision ({@code GoodwillDecision}) and note. */
        public static final String APPROVAL = "approval";

        public static final String DECISION_NOTE = "decisionNote";
        public static final String BILLING_REFERENCE = "billingReference";

        private Variables() {}
    }

    private GoodwillApprovalProcess() {}
}
