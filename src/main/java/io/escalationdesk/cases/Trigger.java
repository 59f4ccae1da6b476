package io.escalationdesk.cases;

/** Why Tier 1 escalates a case. */
public enum Trigger {
    CUSTOMER_REQUESTED_SUPERVISOR,
    RESOLUTION_DELAYED,
    CUSTOMER_DISSATISFIED,
    COMPLEX_ISSUE,
    BILLING_DISPUTE,
    TECHNICAL_FAULT,
    REPEAT_CONTACT,
    /** The customer wrote in on a channel without naming a case: Tier 1 triages it. */
    CUSTOMER_MESSAGE
}
