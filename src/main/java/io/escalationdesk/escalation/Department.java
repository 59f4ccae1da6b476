package io.escalationdesk.escalation;

/** The department the policy assigns a case to, for an agent's hand-off. */
public enum Department {
    NONE,
    BILLING,
    TECHNICAL;

    Level level() {
        return switch (this) {
            case BILLING -> Level.BILLING;
            case TECHNICAL -> Level.TECHNICAL;
            case NONE -> throw new IllegalStateException("NONE has no level");
        };
    }
}
