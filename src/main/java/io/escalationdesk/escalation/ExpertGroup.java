package io.escalationdesk.escalation;

/** Whom an agent may ask on the internal help line: a group with its own queue. */
public enum ExpertGroup {
    TIER2(Level.TIER2),
    BILLING(Level.BILLING),
    TECHNICAL(Level.TECHNICAL),
    SUPERVISORS(Level.SUPERVISOR);

    private final Level level;

    ExpertGroup(Level level) {
        this.level = level;
    }

    /** The candidate group of the question's task. */
    public String candidateGroup() {
        return level.candidateGroup();
    }
}
