package io.escalationdesk.cases;

/** The customer's service segment. */
public enum CustomerSegment {
    STANDARD,
    VIP
}
