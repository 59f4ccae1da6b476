package io.escalationdesk.escalation;

/** What an agent decided when completing a level or department task. */
public enum Outcome {
    /** The concern is resolved; the case closes. A resolution code is required. */
    RESOLVED,
    /** The next level up takes over; a reason is required. */
    ESCALATE,
    /** The policy's department takes over. */
    HAND_OFF,
    /** A department gives the case back to the level that handed it off. */
    RETURN,
    /** The customer insists on a supervisor: Tier 1 or Tier 2 hands the case straight up. */
    SUPERVISOR_REQUESTED,
    /** The case waits for the customer; the SLA clock stops. A reason (what we need) is required. */
    INFORMATION_REQUESTED,
    /**
     * The agent asks an expert group a question and keeps the case; its SLA runs on. The group and
     * the question are required.
     */
    ASK_EXPERT,
    /**
     * The agent grants goodwill (a credit, a fee waiver, an exception) and keeps the case: at once
     * within their level's limit, after a higher level's approval above it.
     */
    GRANT_GOODWILL;

    /** The agent asks for help and keeps the case: the level's task comes back to them. */
    public boolean keepsCase() {
        return this == ASK_EXPERT || this == GRANT_GOODWILL;
    }

    /** A lesson for the team comes with a resolution or a return, as the task form offers it. */
    public boolean takesLesson() {
        return this == RESOLVED || this == RETURN;
    }
}
