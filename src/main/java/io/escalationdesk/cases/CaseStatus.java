package io.escalationdesk.cases;

/** Whether anybody still works the case. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
