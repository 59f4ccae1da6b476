package io.escalationdesk.cases;

/** The subject of a customer's concern. */
public enum Category {
    GENERAL,
    BILLING,
    TECHNICAL,
    COMPLAINT,
    ACCOUNT
}
