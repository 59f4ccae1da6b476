package io.escalationdesk.escalation;

/** How a case was resolved, as reports count it; required to resolve a case. */
public enum ResolutionCode {
    ANSWERED,
    REFUNDED,
    CREDITED,
    FIXED,
    WORKAROUND,
    NO_FAULT_FOUND,
    CUSTOMER_WITHDREW
}
