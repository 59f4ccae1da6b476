package io.escalationdesk.cases;

/** How urgent the customer's concern is. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
